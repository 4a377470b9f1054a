//! RFC 5280 §6 path validation through OpenSSL's `X509_verify_cert`: path building with
//! normalised name chaining (§7.1), signatures, validity, basicConstraints and pathLen
//! (self-issued certificates exempt), key usage, certificate policies with the four §6.1.1
//! inputs, name constraints of every form, and CRLs for every certificate of the path
//! (indirect and delta CRLs included). Every failed rule is collected, not only the first.
//!
//! The `openssl` crate has no verify callback, CRL store or policy tree; the few calls it
//! lacks are declared here, against the libcrypto that `openssl-sys` links.

use std::cell::RefCell;
use std::ffi::{c_char, c_int, c_long, c_void, CStr, CString};
use std::net::IpAddr;

use foreign_types::{ForeignType, ForeignTypeRef};
use openssl::stack::Stack;
use openssl::x509::store::X509StoreBuilder;
use openssl::x509::{X509Crl, X509NameRef, X509Ref, X509StoreContext, X509StoreContextRef, X509};
use openssl_sys as ffi;

use super::{PkiError, PkiResult, Reason};

extern "C" {
    fn X509_STORE_CTX_set0_crls(ctx: *mut ffi::X509_STORE_CTX, crls: *mut ffi::stack_st_X509_CRL);
    fn X509_STORE_CTX_set_verify_cb(
        ctx: *mut ffi::X509_STORE_CTX,
        cb: Option<unsafe extern "C" fn(c_int, *mut ffi::X509_STORE_CTX) -> c_int>,
    );
    fn X509_STORE_CTX_get0_param(ctx: *mut ffi::X509_STORE_CTX) -> *mut ffi::X509_VERIFY_PARAM;
    fn X509_VERIFY_PARAM_add0_policy(
        param: *mut ffi::X509_VERIFY_PARAM,
        policy: *mut ffi::ASN1_OBJECT,
    ) -> c_int;
    fn X509_STORE_CTX_get0_policy_tree(ctx: *mut ffi::X509_STORE_CTX) -> *mut c_void;
    fn X509_policy_tree_get0_user_policies(tree: *const c_void) -> *mut ffi::OPENSSL_STACK;
    fn X509_policy_node_get0_policy(node: *const c_void) -> *const ffi::ASN1_OBJECT;
}

// X509_V_FLAG_* (openssl/x509_vfy.h).
const FLAG_CRL_CHECK: c_long = 0x4;
const FLAG_CRL_CHECK_ALL: c_long = 0x8;
const FLAG_POLICY_CHECK: c_long = 0x80;
const FLAG_EXPLICIT_POLICY: c_long = 0x100;
const FLAG_INHIBIT_ANY: c_long = 0x200;
const FLAG_INHIBIT_MAP: c_long = 0x400;
const FLAG_EXTENDED_CRL_SUPPORT: c_long = 0x1000;
const FLAG_USE_DELTAS: c_long = 0x2000;
const FLAG_PARTIAL_CHAIN: c_long = 0x80000;

pub const ANY_POLICY: &str = "2.5.29.32.0";

// X509_PURPOSE_* (openssl/x509v3.h).
const PURPOSE_SSL_CLIENT: c_int = 1;
const PURPOSE_SSL_SERVER: c_int = 2;

/// How CRLs settle revocation when `--crl` is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CrlPolicy {
    /// Every certificate of the path needs a CRL that covers it (status unknown fails)
    Require,
    /// Only the leaf's status must be settled; CAs above are not checked
    Leaf,
    /// Check what the given CRLs cover; a certificate no CRL covers passes
    BestEffort,
}

pub struct Inputs<'a> {
    pub roots: &'a [Vec<u8>],
    pub intermediates: &'a [Vec<u8>],
    pub leaf: &'a [u8],
    pub crls: &'a [Vec<u8>],
    pub crl_policy: CrlPolicy,
    /// Seconds since the Unix epoch (before 1970: negative).
    pub at: i64,
    pub host: Option<&'a str>,
    pub ip: Option<IpAddr>,
    /// None: any purpose (RFC 5280 itself names none).
    pub server: Option<bool>,
    /// The user-initial-policy-set as dotted OIDs; empty: anyPolicy.
    pub policies: &'a [String],
    pub explicit_policy: bool,
    pub inhibit_mapping: bool,
    pub inhibit_any: bool,
}

/// One rule a certificate of the path broke.
#[derive(Debug, Clone)]
pub struct Failure {
    pub reason: Reason,
    /// 0: the leaf.
    pub depth: usize,
    pub subject: String,
    /// OpenSSL's X509_V_ERR_* code and text.
    pub code: i32,
    pub message: String,
}

pub struct Outcome {
    /// Leaf first, the trust anchor last.
    pub chain: Vec<Vec<u8>>,
    /// The valid policy set (RFC 5280 §6.1.6 user-constrained-policy-set), dotted OIDs.
    pub policies: Vec<String>,
    pub failures: Vec<Failure>,
}

/// What the verify callback needs of the validation running on this thread (OpenSSL calls
/// it synchronously, with no user pointer the `openssl` crate would let us set).
struct Run {
    /// The outer context: a CRL issuer's path is validated in another one.
    outer: *mut ffi::X509_STORE_CTX,
    at: i64,
    ignore_missing_crl: bool,
    failures: Vec<Failure>,
}

thread_local! {
    static RUN: RefCell<Run> = const {
        RefCell::new(Run {
            outer: std::ptr::null_mut(),
            at: 0,
            ignore_missing_crl: false,
            failures: Vec::new(),
        })
    };
}

/// Records each failure and lets OpenSSL go on, so that every broken rule is reported.
/// Safe because the result is decided by the failures recorded, never by OpenSSL's return
/// value alone.
unsafe extern "C" fn record(ok: c_int, ctx: *mut ffi::X509_STORE_CTX) -> c_int {
    // OpenSSL validates a CRL issuer's own path in a context of its own with this callback:
    // its answer stands as it is, so that a failure there fails the CRL (reported by the
    // outer context as "CRL path validation error" against the certificate it covers).
    let (outer, at, ignore_missing_crl) = RUN.with(|r| {
        let r = r.borrow();
        (r.outer, r.at, r.ignore_missing_crl)
    });
    if outer != ctx {
        return ok;
    }
    if ok != 0 {
        return 1;
    }
    let code = ffi::X509_STORE_CTX_get_error(ctx);
    if code == ffi::X509_V_ERR_UNABLE_TO_GET_CRL && ignore_missing_crl {
        return 1;
    }
    let depth = ffi::X509_STORE_CTX_get_error_depth(ctx).max(0) as usize;
    let cert = ffi::X509_STORE_CTX_get_current_cert(ctx);
    // OpenSSL counts the notAfter second itself as expired; RFC 5280 §4.1.2.5 says the
    // validity period includes it.
    if code == ffi::X509_V_ERR_CERT_HAS_EXPIRED && !cert.is_null() {
        let not_after = X509Ref::from_ptr(cert).not_after();
        if openssl::asn1::Asn1Time::from_unix(at as _)
            .ok()
            .and_then(|t| not_after.diff(&t).ok())
            .is_some_and(|d| d.days == 0 && d.secs == 0)
        {
            return 1;
        }
    }
    let subject = if cert.is_null() {
        String::new()
    } else {
        subject_text(X509Ref::from_ptr(cert).subject_name())
    };
    let text = ffi::X509_verify_cert_error_string(code as c_long);
    let message = if text.is_null() {
        format!("error {code}")
    } else {
        CStr::from_ptr(text).to_string_lossy().into_owned()
    };
    RUN.with(|r| {
        r.borrow_mut().failures.push(Failure {
            reason: reason(code),
            depth,
            subject,
            code,
            message,
        })
    });
    1
}

/// `CN=x, O=y` in certificate order.
pub fn subject_text(name: &X509NameRef) -> String {
    name.entries()
        .map(|e| {
            let key = e.object().nid().short_name().unwrap_or("?").to_string();
            let value = e.data().to_string().unwrap_or_else(|_| "?".into());
            format!("{key}={value}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn reason(code: c_int) -> Reason {
    match code {
        ffi::X509_V_ERR_CERT_HAS_EXPIRED | ffi::X509_V_ERR_CRL_HAS_EXPIRED => Reason::Expired,
        ffi::X509_V_ERR_CERT_NOT_YET_VALID | ffi::X509_V_ERR_CRL_NOT_YET_VALID => {
            Reason::NotYetValid
        }
        ffi::X509_V_ERR_CERT_REVOKED => Reason::Revoked,
        ffi::X509_V_ERR_UNABLE_TO_GET_CRL
        | ffi::X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER
        | ffi::X509_V_ERR_CRL_PATH_VALIDATION_ERROR
        | ffi::X509_V_ERR_DIFFERENT_CRL_SCOPE => Reason::RevocationUnknown,
        ffi::X509_V_ERR_CERT_SIGNATURE_FAILURE
        | ffi::X509_V_ERR_CRL_SIGNATURE_FAILURE
        | ffi::X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE
        | ffi::X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE => Reason::BadSignature,
        ffi::X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT
        | ffi::X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY
        | ffi::X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE
        | ffi::X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT
        | ffi::X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN
        | ffi::X509_V_ERR_CERT_UNTRUSTED => Reason::UnknownIssuer,
        ffi::X509_V_ERR_INVALID_CA | ffi::X509_V_ERR_KEYUSAGE_NO_CERTSIGN => Reason::NotCa,
        ffi::X509_V_ERR_PATH_LENGTH_EXCEEDED | ffi::X509_V_ERR_CERT_CHAIN_TOO_LONG => {
            Reason::PathLen
        }
        ffi::X509_V_ERR_INVALID_PURPOSE | ffi::X509_V_ERR_KEYUSAGE_NO_DIGITAL_SIGNATURE => {
            Reason::BadUsage
        }
        ffi::X509_V_ERR_PERMITTED_VIOLATION
        | ffi::X509_V_ERR_EXCLUDED_VIOLATION
        | ffi::X509_V_ERR_SUBTREE_MINMAX
        | ffi::X509_V_ERR_UNSUPPORTED_CONSTRAINT_TYPE
        | ffi::X509_V_ERR_UNSUPPORTED_CONSTRAINT_SYNTAX
        | ffi::X509_V_ERR_UNSUPPORTED_NAME_SYNTAX => Reason::NameConstraints,
        ffi::X509_V_ERR_INVALID_POLICY_EXTENSION | ffi::X509_V_ERR_NO_EXPLICIT_POLICY => {
            Reason::Policy
        }
        ffi::X509_V_ERR_HOSTNAME_MISMATCH
        | ffi::X509_V_ERR_IP_ADDRESS_MISMATCH
        | ffi::X509_V_ERR_EMAIL_MISMATCH => Reason::NameMismatch,
        ffi::X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY => Reason::UnsupportedAlgorithm,
        ffi::X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD
        | ffi::X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD
        | ffi::X509_V_ERR_ERROR_IN_CRL_LAST_UPDATE_FIELD
        | ffi::X509_V_ERR_ERROR_IN_CRL_NEXT_UPDATE_FIELD => Reason::Malformed,
        _ => Reason::Invalid,
    }
}

fn cert(der: &[u8], what: &str) -> PkiResult<X509> {
    X509::from_der(der).map_err(|e| PkiError::malformed(format!("{what} is not valid DER: {e}")))
}

fn crl(der: &[u8], what: &str) -> PkiResult<X509Crl> {
    X509Crl::from_der(der)
        .map_err(|e| PkiError::malformed(format!("{what} is not a valid CRL: {e}")))
}

fn internal(what: &str, e: openssl::error::ErrorStack) -> PkiError {
    PkiError::new(Reason::Invalid, format!("OpenSSL could not {what}: {e}"))
}

/// Validate `leaf` up to one of `roots`. Err only for unreadable input; a path that breaks
/// rules comes back with its failures.
pub fn validate(inputs: &Inputs<'_>) -> PkiResult<Outcome> {
    let mut store = X509StoreBuilder::new().map_err(|e| internal("make a store", e))?;
    for (i, der) in inputs.roots.iter().enumerate() {
        store
            .add_cert(cert(der, &format!("root certificate {}", i + 1))?)
            .map_err(|e| internal("add a root", e))?;
    }
    // Given to the context, not the store: a store finds CRLs by their issuer's name only,
    // which misses indirect CRLs (RFC 5280 §5.2.5, cRLIssuer) signed under another name.
    let owned = inputs
        .crls
        .iter()
        .enumerate()
        .map(|(i, der)| crl(der, &format!("CRL {}", i + 1)))
        .collect::<PkiResult<Vec<_>>>()?;
    let crls = CrlStack::new(&owned)?;
    let store = store.build();
    let mut untrusted = Stack::new().map_err(|e| internal("make a stack", e))?;
    for (i, der) in inputs.intermediates.iter().enumerate() {
        untrusted
            .push(cert(der, &format!("intermediate certificate {}", i + 1))?)
            .map_err(|e| internal("add an intermediate", e))?;
    }
    let leaf = cert(inputs.leaf, "the leaf certificate")?;

    let mut flags = FLAG_POLICY_CHECK | FLAG_PARTIAL_CHAIN;
    if inputs.explicit_policy {
        flags |= FLAG_EXPLICIT_POLICY;
    }
    if inputs.inhibit_mapping {
        flags |= FLAG_INHIBIT_MAP;
    }
    if inputs.inhibit_any {
        flags |= FLAG_INHIBIT_ANY;
    }
    if !inputs.crls.is_empty() {
        flags |= FLAG_CRL_CHECK | FLAG_EXTENDED_CRL_SUPPORT | FLAG_USE_DELTAS;
        if inputs.crl_policy != CrlPolicy::Leaf {
            flags |= FLAG_CRL_CHECK_ALL;
        }
    }
    // anyPolicy when none is asked for (RFC 5280 §6.1.1 c); named, so that OpenSSL reports
    // the authorities-constrained set as the valid policy set rather than nothing.
    let any = [ANY_POLICY.to_string()];
    let asked = if inputs.policies.is_empty() {
        &any[..]
    } else {
        inputs.policies
    };
    let mut policies = Vec::new();
    for p in asked {
        let text = CString::new(p.as_str())
            .map_err(|_| PkiError::bad_request(format!("--policy `{p}` is not an OID")))?;
        policies.push(text);
    }
    let host = inputs
        .host
        .map(|h| CString::new(h).map_err(|_| PkiError::bad_request("the host name has a NUL")))
        .transpose()?;

    RUN.with(|r| {
        *r.borrow_mut() = Run {
            outer: std::ptr::null_mut(),
            at: inputs.at,
            ignore_missing_crl: inputs.crl_policy == CrlPolicy::BestEffort,
            failures: Vec::new(),
        }
    });
    let mut context = X509StoreContext::new().map_err(|e| internal("make a context", e))?;
    let result = context.init(
        &store,
        &leaf,
        &untrusted,
        |ctx: &mut X509StoreContextRef| {
            let raw = ctx.as_ptr();
            // SAFETY: `raw` is the live, initialised context of this closure; every object
            // handed over (policy OIDs) is owned by OpenSSL once accepted.
            unsafe {
                X509_STORE_CTX_set_verify_cb(raw, Some(record));
                RUN.with(|r| r.borrow_mut().outer = raw);
                // The stack outlives the closure, and the context only borrows it (set0).
                X509_STORE_CTX_set0_crls(raw, crls.0.cast());
                let param = X509_STORE_CTX_get0_param(raw);
                ffi::X509_VERIFY_PARAM_set_flags(param, flags as _);
                ffi::X509_VERIFY_PARAM_set_time(param, inputs.at as libc::time_t);
                if let Some(server) = inputs.server {
                    let purpose = if server {
                        PURPOSE_SSL_SERVER
                    } else {
                        PURPOSE_SSL_CLIENT
                    };
                    ffi::X509_VERIFY_PARAM_set_purpose(param, purpose);
                }
                for p in &policies {
                    let oid = ffi::OBJ_txt2obj(p.as_ptr(), 1);
                    if oid.is_null() {
                        return Err(openssl::error::ErrorStack::get());
                    }
                    if X509_VERIFY_PARAM_add0_policy(param, oid) != 1 {
                        ffi::ASN1_OBJECT_free(oid);
                        return Err(openssl::error::ErrorStack::get());
                    }
                }
                if let Some(h) = &host {
                    ffi::X509_VERIFY_PARAM_set1_host(param, h.as_ptr(), h.as_bytes().len());
                }
                if let Some(ip) = inputs.ip {
                    let bytes = match ip {
                        IpAddr::V4(v) => v.octets().to_vec(),
                        IpAddr::V6(v) => v.octets().to_vec(),
                    };
                    ffi::X509_VERIFY_PARAM_set1_ip(param, bytes.as_ptr(), bytes.len());
                }
            }
            let ran = ctx.verify_cert();
            RUN.with(|r| r.borrow_mut().outer = std::ptr::null_mut());
            let chain = ctx
                .chain()
                .map(|c| c.iter().filter_map(|x| x.to_der().ok()).collect::<Vec<_>>())
                .unwrap_or_default();
            // SAFETY: the tree and its nodes belong to the context, alive in this closure.
            let policies = unsafe { valid_policies(raw) };
            Ok((ran, chain, policies))
        },
    );
    let mut failures = RUN.with(|r| std::mem::take(&mut r.borrow_mut().failures));
    let (ran, chain, policies) = result.map_err(|e| internal("validate", e))?;
    match ran {
        Ok(true) => {}
        // A false result always goes through the callback; this is only a safety net.
        Ok(false) | Err(_) if !failures.is_empty() => {}
        _ => failures.push(Failure {
            reason: Reason::Invalid,
            depth: 0,
            subject: String::new(),
            code: -1,
            message: "OpenSSL refused the path without naming a rule".into(),
        }),
    }
    Ok(Outcome {
        chain,
        policies,
        failures,
    })
}

/// An OpenSSL stack that borrows the CRLs (the `openssl` crate has no stack of CRLs): freed
/// without freeing them, which their owner does.
struct CrlStack(*mut ffi::OPENSSL_STACK);

impl CrlStack {
    fn new(crls: &[X509Crl]) -> PkiResult<CrlStack> {
        // SAFETY: a new empty stack; on failure nothing is leaked (Drop frees it).
        let stack = CrlStack(unsafe { ffi::OPENSSL_sk_new_null() });
        if stack.0.is_null() {
            return Err(internal("make a stack", openssl::error::ErrorStack::get()));
        }
        for c in crls {
            // SAFETY: the CRL outlives the stack (its owner is borrowed for as long).
            if unsafe { ffi::OPENSSL_sk_push(stack.0, c.as_ptr().cast()) } <= 0 {
                return Err(internal("add a CRL", openssl::error::ErrorStack::get()));
            }
        }
        Ok(stack)
    }
}

impl Drop for CrlStack {
    fn drop(&mut self) {
        // SAFETY: the stack is ours; its elements are not (OPENSSL_sk_free leaves them).
        unsafe { ffi::OPENSSL_sk_free(self.0) }
    }
}

/// The valid policy set left after validation, dotted OIDs.
unsafe fn valid_policies(ctx: *mut ffi::X509_STORE_CTX) -> Vec<String> {
    let tree = X509_STORE_CTX_get0_policy_tree(ctx);
    if tree.is_null() {
        return Vec::new();
    }
    let nodes = X509_policy_tree_get0_user_policies(tree);
    if nodes.is_null() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for i in 0..ffi::OPENSSL_sk_num(nodes) {
        let node = ffi::OPENSSL_sk_value(nodes, i);
        let oid = X509_policy_node_get0_policy(node);
        if oid.is_null() {
            continue;
        }
        let mut buf = [0 as c_char; 128];
        let n = ffi::OBJ_obj2txt(buf.as_mut_ptr(), buf.len() as c_int, oid, 1);
        if n > 0 && (n as usize) < buf.len() {
            out.push(CStr::from_ptr(buf.as_ptr()).to_string_lossy().into_owned());
        }
    }
    out.sort();
    out.dedup();
    out
}
