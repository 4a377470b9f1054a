//! RFC 5280 path validation on chains built at test time with the `openssl` command line
//! (and Python `cryptography` where openssl cannot express a form): each chain goes through
//! both the real `cu pki verify --profile rfc5280` and `openssl verify` with the matching
//! flags, and each answer is asserted. Covered: certificate policies with mappings,
//! policyConstraints, inhibitAnyPolicy and the four §6.1.1 inputs; name constraints of the
//! directoryName, rfc822Name (SAN and subject emailAddress) and URI forms; a self-issued key
//! rollover under pathLen; a revoked intermediate; indirect and delta CRLs; validity dates
//! before 1970 and after 2049.

mod common;

use std::cell::Cell;
use std::collections::BTreeSet;
use std::process::{Command, Output};

use common::Scratch;
use serde_json::Value;

/// Where `cu pki verify --profile rfc5280` and `openssl verify` answer differently on these
/// chains, and which answer the tests assert (decided from RFC 5280).
const DISAGREEMENTS: &[(&str, &str)] = &[
    (
        "validity: the notAfter second itself (--at 2060-12-31T23:59:59Z on a leaf whose \
         notAfter is that second)",
        "cu: valid; openssl: certificate has expired. RFC 5280 §4.1.2.5: the validity \
         period is notBefore through notAfter, inclusive, so cu is right (asserted)",
    ),
    (
        "a leaf signed with sha1WithRSA/ecdsa-with-SHA1 under a good CA",
        "cu: unsupported_algorithm under both profiles; openssl verify (security level 1): \
         valid. SHA-1 signatures are forgeable by chosen-prefix collisions (2020); webpki \
         and browsers refuse them too (asserted)",
    ),
];

/// What cu got wrong on these chains, now fixed (kept empty so that a new finding has its
/// place): the reason and the certificate named when a CRL issuer's own path fails were
/// those of the inner CRL-path validation; now the outer "CRL path validation error" is
/// reported against the certificate the CRL covers, as `revocation_unknown`.
const CU_BUGS: &[(&str, &str)] = &[];

const ANY_POLICY: &str = "2.5.29.32.0";
const P1: &str = "1.3.6.1.4.1.55555.1.1";
const P2: &str = "1.3.6.1.4.1.55555.1.2";
const P3: &str = "1.3.6.1.4.1.55555.1.3";
const P4: &str = "1.3.6.1.4.1.55555.1.4";

const CA_EXT: &str = "basicConstraints=critical,CA:TRUE
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid:always
";

const LEAF_EXT: &str = "basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid:always
";

/// A scratch directory where certificates are made with `openssl`.
struct Pki {
    s: Scratch,
    serial: Cell<u32>,
}

impl Pki {
    fn new() -> Option<Pki> {
        if !common::peer("openssl") {
            return None;
        }
        Some(Pki {
            s: Scratch::new(),
            serial: Cell::new(0x1000),
        })
    }

    fn run(&self, program: &str, args: &[&str]) -> Output {
        Command::new(program)
            .args(args)
            .current_dir(self.s.dir.path())
            .output()
            .unwrap()
    }

    fn openssl(&self, args: &[&str]) {
        let out = self.run("openssl", args);
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn key(&self, name: &str) {
        let file = format!("{name}.key");
        if !self.s.path(&file).exists() {
            self.openssl(&[
                "genpkey",
                "-algorithm",
                "EC",
                "-pkeyopt",
                "ec_paramgen_curve:P-256",
                "-out",
                &file,
            ]);
        }
    }

    /// `NAME.pem` for the key `KEY.key` (made if missing) and `subj`, signed by the
    /// certificate `issuer.pem` with `issuer_key.key`, or self-signed; `ext` holds the
    /// lines of the extension section `[ext]` (further sections may follow it).
    fn cert_with_key(
        &self,
        name: &str,
        subj: &str,
        key: &str,
        issuer: Option<(&str, &str)>,
        ext: &str,
    ) {
        self.key(key);
        let (csr, extfile) = (format!("{name}.csr"), format!("{name}.ext"));
        self.s.write(&extfile, format!("[ext]\n{ext}"));
        self.openssl(&[
            "req",
            "-new",
            "-key",
            &format!("{key}.key"),
            "-subj",
            subj,
            "-out",
            &csr,
        ]);
        let serial = self.serial.get() + 1;
        self.serial.set(serial);
        let serial = serial.to_string();
        let out = format!("{name}.pem");
        let mut args = vec![
            "x509",
            "-req",
            "-in",
            &csr,
            "-extfile",
            &extfile,
            "-extensions",
            "ext",
            "-set_serial",
            &serial,
            "-days",
            "30",
            "-sha256",
            "-out",
            &out,
        ];
        let (ca_cert, ca_key, self_key);
        match issuer {
            Some((cert, key)) => {
                ca_cert = format!("{cert}.pem");
                ca_key = format!("{key}.key");
                args.extend(["-CA", &ca_cert, "-CAkey", &ca_key]);
            }
            None => {
                self_key = format!("{key}.key");
                args.extend(["-signkey", &self_key]);
            }
        }
        self.openssl(&args);
    }

    /// A self-signed root `NAME.pem` with key `NAME.key`.
    fn root(&self, name: &str, subj: &str) {
        self.cert_with_key(name, subj, name, None, CA_EXT);
    }

    /// `NAME.pem` with its own key `NAME.key`, issued by `issuer.pem`/`issuer.key`.
    fn issue(&self, name: &str, subj: &str, issuer: &str, ext: &str) {
        self.cert_with_key(name, subj, name, Some((issuer, issuer)), ext);
    }

    /// A throwaway `openssl ca` database for the CA `NAME.pem`/`NAME.key`, for CRLs.
    fn ca_db(&self, name: &str, crl_ext: &str) {
        std::fs::create_dir_all(self.s.path(&format!("{name}.db"))).unwrap();
        self.s.write(&format!("{name}.db/index.txt"), "");
        self.s.write(&format!("{name}.db/crlnumber"), "01\n");
        self.s.write(
            &format!("{name}.cnf"),
            format!(
                "[ca]\ndefault_ca=CA_default\n[CA_default]\ndatabase={name}.db/index.txt\n\
                 crlnumber={name}.db/crlnumber\ndefault_md=sha256\ndefault_crl_days=30\n\
                 crl_extensions=crl_ext\n[crl_ext]\nauthorityKeyIdentifier=keyid:always\n{crl_ext}"
            ),
        );
    }

    fn ca_args(name: &str) -> [String; 6] {
        [
            "-config".into(),
            format!("{name}.cnf"),
            "-keyfile".into(),
            format!("{name}.key"),
            "-cert".into(),
            format!("{name}.pem"),
        ]
    }

    /// `openssl ca -revoke CERT.pem` in CA's database.
    fn revoke(&self, ca: &str, cert: &str) {
        let base = Pki::ca_args(ca);
        let mut args: Vec<&str> = vec!["ca"];
        args.extend(base.iter().map(String::as_str));
        let file = format!("{cert}.pem");
        args.extend(["-revoke", &file]);
        self.openssl(&args);
    }

    /// `openssl ca -gencrl` into `OUT.crl`: every certificate revoked in CA's database so far.
    fn gencrl(&self, ca: &str, out: &str) {
        let base = Pki::ca_args(ca);
        let mut args: Vec<&str> = vec!["ca"];
        args.extend(base.iter().map(String::as_str));
        let file = format!("{out}.crl");
        args.extend(["-gencrl", "-out", &file]);
        self.openssl(&args);
    }

    /// The serial number of `NAME.pem`, in decimal.
    fn serial_of(&self, name: &str) -> String {
        let out = self.run(
            "openssl",
            &["x509", "-in", &format!("{name}.pem"), "-noout", "-serial"],
        );
        let text = String::from_utf8_lossy(&out.stdout);
        let hex = text.trim().strip_prefix("serial=").unwrap();
        u128::from_str_radix(hex, 16).unwrap().to_string()
    }

    fn python(&self, args: &[&str]) {
        self.s.write("mk.py", PYTHON);
        let mut full = vec!["mk.py"];
        full.extend_from_slice(args);
        let out = self.run("python3", &full);
        assert!(
            out.status.success(),
            "python3 {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Whether Python's `cryptography` is importable (skip with a reason when not, fail under CI).
fn python_cryptography() -> bool {
    let found = Command::new("python3")
        .args(["-c", "import cryptography.x509"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        common::missing_peer("python3 with cryptography", "pip install cryptography");
    }
    found
}

/// What openssl cannot make here: indirect CRLs whose entries carry certificateIssuer
/// (`openssl ca` writes no CRL entry extensions but reasons), and certificates dated before
/// 1970 or after 2049 (`openssl x509 -req` 3.0 only takes `-days`).
const PYTHON: &str = r#"
import datetime, sys
from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

def cert(p): return x509.load_pem_x509_certificate(open(p + ".pem", "rb").read())
def key(p): return serialization.load_pem_private_key(open(p + ".key", "rb").read(), None)
def utc(text): return datetime.datetime.fromisoformat(text).replace(tzinfo=datetime.timezone.utc)

def indirect_crl(issuer, out, indirect, entry_issuer, *serials):
    ic, ik = cert(issuer), key(issuer)
    now = datetime.datetime.now(datetime.timezone.utc)
    b = (x509.CertificateRevocationListBuilder().issuer_name(ic.subject)
         .last_update(now - datetime.timedelta(hours=1))
         .next_update(now + datetime.timedelta(days=30))
         .add_extension(x509.CRLNumber(1), False)
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ik.public_key()), False)
         .add_extension(x509.IssuingDistributionPoint(
             full_name=[x509.UniformResourceIdentifier("http://crl.example/indirect.crl")],
             relative_name=None, only_contains_user_certs=False, only_contains_ca_certs=False,
             only_some_reasons=None, indirect_crl=indirect == "1",
             only_contains_attribute_certs=False), True))
    for s in serials:
        b = b.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(int(s))
            .revocation_date(now - datetime.timedelta(minutes=30))
            .add_extension(x509.CertificateIssuer(
                [x509.DirectoryName(cert(entry_issuer).subject)]), True)
            .build())
    open(out + ".crl", "wb").write(b.sign(ik, hashes.SHA256()).public_bytes(serialization.Encoding.PEM))

def dated(name, cn, issuer, not_before, not_after, ca, serial):
    k = ec.generate_private_key(ec.SECP256R1())
    open(name + ".key", "wb").write(k.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    if issuer == "-":
        iname, ikey = subject, k
    else:
        iname, ikey = cert(issuer).subject, key(issuer)
    b = (x509.CertificateBuilder().subject_name(subject).issuer_name(iname)
         .public_key(k.public_key()).serial_number(int(serial))
         .not_valid_before(utc(not_before)).not_valid_after(utc(not_after))
         .add_extension(x509.BasicConstraints(ca=ca == "1", path_length=None), True)
         .add_extension(x509.KeyUsage(
             digital_signature=ca != "1", content_commitment=False, key_encipherment=False,
             data_encipherment=False, key_agreement=False, key_cert_sign=ca == "1",
             crl_sign=ca == "1", encipher_only=False, decipher_only=False), True)
         .add_extension(x509.SubjectKeyIdentifier.from_public_key(k.public_key()), False)
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ikey.public_key()), False))
    open(name + ".pem", "wb").write(b.sign(ikey, hashes.SHA256()).public_bytes(serialization.Encoding.PEM))

{"indirect-crl": indirect_crl, "dated": dated}[sys.argv[1]](*sys.argv[2:])
"#;

/// One validation, given to both verifiers.
#[derive(Default, Clone)]
struct V<'a> {
    roots: &'a str,
    chain: Vec<&'a str>,
    crls: Vec<&'a str>,
    /// `require` or `leaf` (openssl: -crl_check_all or -crl_check).
    crl_policy: Option<&'a str>,
    policies: Vec<&'a str>,
    explicit: bool,
    inhibit_map: bool,
    inhibit_any: bool,
    at: Option<&'a str>,
    /// `server` or `client` (openssl: -purpose sslserver or sslclient); none is any purpose.
    purpose: Option<&'a str>,
    leaf: &'a str,
}

impl V<'_> {
    fn cu_args(&self) -> Vec<String> {
        let mut a: Vec<String> = ["pki", "verify", "--profile", "rfc5280", "--roots"]
            .map(String::from)
            .to_vec();
        a.push(format!("{}.pem", self.roots));
        for c in &self.chain {
            a.extend(["--chain".into(), format!("{c}.pem")]);
        }
        for c in &self.crls {
            a.extend(["--crl".into(), format!("{c}.crl")]);
        }
        if let Some(p) = self.crl_policy {
            a.extend(["--crl-policy".into(), p.into()]);
        }
        for p in &self.policies {
            a.extend(["--policy".into(), p.to_string()]);
        }
        if self.explicit {
            a.push("--require-explicit-policy".into());
        }
        if self.inhibit_map {
            a.push("--inhibit-policy-mapping".into());
        }
        if self.inhibit_any {
            a.push("--inhibit-any-policy".into());
        }
        if let Some(at) = self.at {
            a.extend(["--at".into(), at.into()]);
        }
        if let Some(purpose) = self.purpose {
            a.extend(["--purpose".into(), purpose.into()]);
        }
        a.push(format!("{}.pem", self.leaf));
        a
    }

    fn openssl_args(&self) -> Vec<String> {
        // cu always checks policies, names anyPolicy when no policy is asked for, and
        // accepts a partial chain (a trusted intermediate is an anchor).
        let mut a: Vec<String> = ["verify", "-partial_chain", "-policy_check", "-policy_print"]
            .map(String::from)
            .to_vec();
        a.extend(["-CAfile".into(), format!("{}.pem", self.roots)]);
        for c in &self.chain {
            a.extend(["-untrusted".into(), format!("{c}.pem")]);
        }
        for c in &self.crls {
            a.extend(["-CRLfile".into(), format!("{c}.crl")]);
        }
        if !self.crls.is_empty() {
            let check = match self.crl_policy.unwrap_or("require") {
                "require" => "-crl_check_all",
                "leaf" => "-crl_check",
                other => panic!("no openssl equivalent of --crl-policy {other}"),
            };
            a.extend([check, "-extended_crl", "-use_deltas"].map(String::from));
        }
        let policies = if self.policies.is_empty() {
            vec![ANY_POLICY]
        } else {
            self.policies.clone()
        };
        for p in policies {
            a.extend(["-policy".into(), p.into()]);
        }
        if self.explicit {
            a.push("-explicit_policy".into());
        }
        if self.inhibit_map {
            a.push("-inhibit_map".into());
        }
        if self.inhibit_any {
            a.push("-inhibit_any".into());
        }
        if let Some(at) = self.at {
            let t = time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339)
                .unwrap();
            a.extend(["-attime".into(), t.unix_timestamp().to_string()]);
        }
        if let Some(purpose) = self.purpose {
            a.extend(["-purpose".into(), format!("ssl{purpose}")]);
        }
        a.push(format!("{}.pem", self.leaf));
        a
    }
}

impl Pki {
    /// Both verifiers accept; returns cu's JSON result.
    fn valid(&self, v: &V<'_>) -> Value {
        let doc = self.cu_valid(v);
        let (ok, text) = self.openssl_verify(v);
        assert!(ok, "openssl {:?}: {text}", v.openssl_args());
        doc
    }

    /// cu accepts; returns its JSON result.
    fn cu_valid(&self, v: &V<'_>) -> Value {
        let args = v.cu_args();
        let mut full = vec!["--output", "json"];
        full.extend(args.iter().map(String::as_str));
        let doc: Value = serde_json::from_str(&self.s.ok(&full, None)).unwrap();
        assert_eq!(doc["valid"], true, "{args:?}");
        assert_eq!(doc["profile"], "rfc5280", "{args:?}");
        doc
    }

    /// Both verifiers refuse: cu with `reason`, openssl with an error containing `openssl`.
    fn invalid(&self, v: &V<'_>, reason: &str, openssl: &str) {
        let args = v.cu_args();
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let got = self.s.fails_with(&refs, None);
        assert_eq!(got, reason, "cu {args:?}");
        let (ok, text) = self.openssl_verify(v);
        assert!(!ok, "openssl accepted {:?}", v.openssl_args());
        assert!(
            text.contains(openssl),
            "openssl {:?}: expected `{openssl}`, got: {text}",
            v.openssl_args()
        );
    }

    /// openssl's verdict and its whole output (stdout then stderr).
    fn openssl_verify(&self, v: &V<'_>) -> (bool, String) {
        let args = v.openssl_args();
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = self.run("openssl", &refs);
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let ok = out.status.success() && text.contains(&format!("{}.pem: OK", v.leaf));
        (ok, text)
    }

    /// The valid policy set `openssl verify -policy_print` reports (its "User Policies").
    fn openssl_policies(&self, v: &V<'_>) -> BTreeSet<String> {
        let (ok, text) = self.openssl_verify(v);
        assert!(ok, "{text}");
        let mut set = BTreeSet::new();
        let mut inside = false;
        for line in text.lines() {
            if line.starts_with("User Policies:") {
                inside = true;
                continue;
            }
            if inside && !line.starts_with(' ') {
                break;
            }
            if let Some(p) = line.trim().strip_prefix("Policy: ").filter(|_| inside) {
                let p = if p == "X509v3 Any Policy" {
                    ANY_POLICY
                } else {
                    p
                };
                set.insert(p.to_string());
            }
        }
        set
    }
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn cu_policies(doc: &Value) -> BTreeSet<String> {
    doc["policies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_disagreement_list_is_well_formed() {
    for (case, why) in DISAGREEMENTS.iter().chain(CU_BUGS) {
        assert!(!case.is_empty() && why.len() > 20, "{case}");
    }
}

/// (1) certificatePolicies, policyMappings, policyConstraints (requireExplicitPolicy and
/// inhibitPolicyMapping), inhibitAnyPolicy, and the four §6.1.1 inputs.
#[test]
fn policies_mappings_constraints_and_the_four_inputs() {
    let Some(p) = Pki::new() else { return };
    p.root("root", "/CN=Policy Root");

    // A: the CA asserts P1 and P2 and maps P1 (its issuer's domain) to P3 (its subject's);
    // the leaf asserts P3 and P2.
    p.issue(
        "ca-map",
        "/CN=Mapping CA",
        "root",
        &format!("{CA_EXT}certificatePolicies={P1},{P2}\npolicyMappings=critical,{P1}:{P3}\n"),
    );
    p.issue(
        "leaf-map",
        "/CN=mapped leaf",
        "ca-map",
        &format!("{LEAF_EXT}certificatePolicies={P3},{P2}\n"),
    );
    let base = V {
        roots: "root",
        chain: vec!["ca-map"],
        leaf: "leaf-map",
        ..V::default()
    };
    // No inputs: the valid policy set is in the trust anchor's domain (RFC 5280 §6.1.5 (g):
    // the nodes whose parent is anyPolicy), P1 (reached through the mapping) and P2.
    let doc = p.valid(&base);
    assert_eq!(cu_policies(&doc), set(&[P1, P2]));
    assert_eq!(p.openssl_policies(&base), set(&[P1, P2]));
    // initial set {P1}, explicit: the mapped path satisfies it.
    let v = V {
        policies: vec![P1],
        explicit: true,
        ..base.clone()
    };
    assert_eq!(cu_policies(&p.valid(&v)), set(&[P1]));
    assert_eq!(p.openssl_policies(&v), set(&[P1]));
    // initial set {P2, P4}: only P2 survives.
    let v = V {
        policies: vec![P2, P4],
        ..base.clone()
    };
    assert_eq!(cu_policies(&p.valid(&v)), set(&[P2]));
    assert_eq!(p.openssl_policies(&v), set(&[P2]));
    // P3 is a subject-domain policy: the initial set names the anchor's domain, so {P3}
    // with an explicit policy leaves nothing.
    let v = V {
        policies: vec![P3],
        explicit: true,
        ..base.clone()
    };
    p.invalid(&v, "policy", "no explicit policy");
    // {P4} without an explicit policy: valid, with an empty valid policy set.
    let v = V {
        policies: vec![P4],
        ..base.clone()
    };
    assert_eq!(cu_policies(&p.valid(&v)), set(&[]));
    assert_eq!(p.openssl_policies(&v), set(&[]));
    // --inhibit-policy-mapping: the mapped P1 node is deleted (§6.1.4 (b)(2)); P2 remains.
    let v = V {
        inhibit_map: true,
        ..base.clone()
    };
    assert_eq!(cu_policies(&p.valid(&v)), set(&[P2]));
    let v = V {
        inhibit_map: true,
        policies: vec![P1],
        explicit: true,
        ..base.clone()
    };
    p.invalid(&v, "policy", "no explicit policy");

    // B: policyConstraints in a CA above the mapping CA: requireExplicitPolicy 0 and
    // inhibitPolicyMapping 0 (mapping below is inhibited) or 1 (one more certificate may map).
    for skip in [0, 1] {
        p.issue(
            &format!("ca-pc{skip}"),
            &format!("/CN=Constraining CA {skip}"),
            "root",
            &format!(
                "{CA_EXT}certificatePolicies={P1}\n\
                 policyConstraints=critical,requireExplicitPolicy:0,inhibitPolicyMapping:{skip}\n"
            ),
        );
        p.issue(
            &format!("ca-map{skip}"),
            &format!("/CN=Mapping CA {skip}"),
            &format!("ca-pc{skip}"),
            &format!("{CA_EXT}certificatePolicies={P1}\npolicyMappings=critical,{P1}:{P3}\n"),
        );
        p.issue(
            &format!("leaf-pc{skip}"),
            "/CN=leaf under policy constraints",
            &format!("ca-map{skip}"),
            &format!("{LEAF_EXT}certificatePolicies={P3}\n"),
        );
    }
    let v1 = V {
        roots: "root",
        chain: vec!["ca-pc1", "ca-map1"],
        leaf: "leaf-pc1",
        ..V::default()
    };
    let doc = p.valid(&v1);
    assert_eq!(cu_policies(&doc), set(&[P1]));
    assert_eq!(p.openssl_policies(&v1), set(&[P1]));
    let v0 = V {
        chain: vec!["ca-pc0", "ca-map0"],
        leaf: "leaf-pc0",
        ..v1.clone()
    };
    p.invalid(&v0, "policy", "no explicit policy");
    // The same inhibit asked for by the user breaks the chain that the CA allows.
    let v = V {
        inhibit_map: true,
        ..v1.clone()
    };
    p.invalid(&v, "policy", "no explicit policy");
    // requireExplicitPolicy 0: a leaf without certificatePolicies fails.
    p.issue("leaf-nopol", "/CN=no policies", "ca-pc0", LEAF_EXT);
    p.issue(
        "leaf-p1",
        "/CN=policy 1",
        "ca-pc0",
        &format!("{LEAF_EXT}certificatePolicies={P1}\n"),
    );
    let v = V {
        chain: vec!["ca-pc0"],
        leaf: "leaf-p1",
        ..v1.clone()
    };
    assert_eq!(cu_policies(&p.valid(&v)), set(&[P1]));
    let v = V {
        chain: vec!["ca-pc0"],
        leaf: "leaf-nopol",
        ..v1.clone()
    };
    p.invalid(&v, "policy", "no explicit policy");

    // C: inhibitAnyPolicy in a CA above a CA that asserts only anyPolicy: 1 lets the next
    // certificate use anyPolicy, 0 does not; the user's --inhibit-any-policy does not either.
    for skip in [0, 1] {
        p.issue(
            &format!("ca-ia{skip}"),
            &format!("/CN=Inhibit CA {skip}"),
            "root",
            &format!(
                "{CA_EXT}certificatePolicies={P1}\ninhibitAnyPolicy=critical,{skip}\n\
                 policyConstraints=critical,requireExplicitPolicy:0\n"
            ),
        );
        p.issue(
            &format!("ca-any{skip}"),
            &format!("/CN=Any Policy CA {skip}"),
            &format!("ca-ia{skip}"),
            &format!("{CA_EXT}certificatePolicies={ANY_POLICY}\n"),
        );
        p.issue(
            &format!("leaf-any{skip}"),
            "/CN=leaf under anyPolicy",
            &format!("ca-any{skip}"),
            &format!("{LEAF_EXT}certificatePolicies={P1}\n"),
        );
    }
    let v1 = V {
        roots: "root",
        chain: vec!["ca-ia1", "ca-any1"],
        leaf: "leaf-any1",
        ..V::default()
    };
    assert_eq!(cu_policies(&p.valid(&v1)), set(&[P1]));
    assert_eq!(p.openssl_policies(&v1), set(&[P1]));
    let v0 = V {
        chain: vec!["ca-ia0", "ca-any0"],
        leaf: "leaf-any0",
        ..v1.clone()
    };
    p.invalid(&v0, "policy", "no explicit policy");
    let v = V {
        inhibit_any: true,
        ..v1.clone()
    };
    p.invalid(&v, "policy", "no explicit policy");
}

/// (2) nameConstraints of the directoryName, rfc822Name and URI forms, permitted and
/// excluded, with the subject's emailAddress attribute held to the rfc822Name constraints.
#[test]
fn name_constraints_directory_email_and_uri() {
    let Some(p) = Pki::new() else { return };
    p.root("root", "/CN=NC Root");
    p.issue(
        "ca",
        "/C=US/O=Acme/CN=Acme Constrained CA",
        "root",
        &format!(
            "{CA_EXT}nameConstraints=critical,permitted;dirName:nc_permit,\
             permitted;email:example.com,permitted;URI:.example.com,\
             excluded;dirName:nc_exclude,excluded;email:blocked@example.com,\
             excluded;URI:evil.example.com\n\
             [nc_permit]\nC=US\nO=Acme\n[nc_exclude]\nC=US\nO=Acme\nOU=Evil\n"
        ),
    );
    let leaf = |name: &str, subj: &str, san: Option<&str>| {
        let ext = match san {
            Some(s) => format!("{LEAF_EXT}subjectAltName={s}\n"),
            None => LEAF_EXT.to_string(),
        };
        p.issue(name, subj, "ca", &ext);
    };
    let v = |name: &'static str| V {
        roots: "root",
        chain: vec!["ca"],
        leaf: name,
        ..V::default()
    };
    leaf(
        "good",
        "/C=US/O=Acme/CN=alice/emailAddress=alice@example.com",
        Some("email:alice@example.com,URI:https://www.example.com/app"),
    );
    p.valid(&v("good"));
    // An emailAddress in the subject, no SAN: checked against rfc822Name (§4.2.1.10).
    leaf(
        "dn-email",
        "/C=US/O=Acme/CN=ann/emailAddress=ann@example.com",
        None,
    );
    p.valid(&v("dn-email"));

    let refused = [
        // directoryName outside the permitted subtree
        (
            "dn-outside",
            "/C=US/O=Other/CN=bob",
            None,
            "permitted subtree",
        ),
        // directoryName inside the excluded subtree
        (
            "dn-excluded",
            "/C=US/O=Acme/OU=Evil/CN=eve",
            None,
            "excluded subtree",
        ),
        // subject emailAddress outside the permitted rfc822Name subtree
        (
            "dn-email-outside",
            "/C=US/O=Acme/CN=mallory/emailAddress=mallory@evil.test",
            None,
            "permitted subtree",
        ),
        // subject emailAddress that an excluded mailbox names
        (
            "dn-email-excluded",
            "/C=US/O=Acme/CN=blocked/emailAddress=blocked@example.com",
            None,
            "excluded subtree",
        ),
        // rfc822Name SAN at another host
        (
            "san-email-outside",
            "/C=US/O=Acme/CN=carol",
            Some("email:carol@other.test"),
            "permitted subtree",
        ),
        // `example.com` names mailboxes at that host only, not at its subdomains
        (
            "san-email-subdomain",
            "/C=US/O=Acme/CN=dave",
            Some("email:dave@mail.example.com"),
            "permitted subtree",
        ),
        // URI whose host is excluded
        (
            "uri-excluded",
            "/C=US/O=Acme/CN=evil",
            Some("URI:https://evil.example.com/"),
            "excluded subtree",
        ),
        // URI whose host is outside `.example.com`
        (
            "uri-outside",
            "/C=US/O=Acme/CN=other",
            Some("URI:https://www.other.test/"),
            "permitted subtree",
        ),
        // `.example.com` permits hosts under example.com, not example.com itself
        (
            "uri-apex",
            "/C=US/O=Acme/CN=apex",
            Some("URI:https://example.com/"),
            "permitted subtree",
        ),
    ];
    for (name, subj, san, openssl) in refused {
        leaf(name, subj, san);
        p.invalid(&v(name), "name_constraints", openssl);
    }
}

/// (3) A self-issued key rollover: the issuing CA's new key is certified by its old key
/// (new-with-old) and the old by the new (old-with-new); a self-issued certificate does not
/// count toward pathLen (§6.1.4 (l)), while a non-self-issued one does.
#[test]
fn self_issued_rollover_does_not_count_toward_path_length() {
    let Some(p) = Pki::new() else { return };
    p.root("root", "/CN=Rollover Root");
    p.issue(
        "policy",
        "/CN=Policy CA",
        "root",
        &CA_EXT.replace("CA:TRUE", "CA:TRUE,pathlen:1"),
    );
    let ca0 = CA_EXT.replace("CA:TRUE", "CA:TRUE,pathlen:0");
    let issuing = "/CN=Issuing CA";
    p.cert_with_key("old", issuing, "k-old", Some(("policy", "policy")), &ca0);
    p.cert_with_key("new", issuing, "k-new", Some(("policy", "policy")), &ca0);
    // new key, signed by the old key: issuer = subject = CN=Issuing CA
    p.cert_with_key(
        "new-with-old",
        issuing,
        "k-new",
        Some(("old", "k-old")),
        &ca0,
    );
    p.cert_with_key(
        "old-with-new",
        issuing,
        "k-old",
        Some(("new", "k-new")),
        &ca0,
    );
    p.cert_with_key(
        "leaf-new",
        "/CN=leaf under the new key",
        "leaf-new",
        Some(("new", "k-new")),
        LEAF_EXT,
    );
    p.cert_with_key(
        "leaf-old",
        "/CN=leaf under the old key",
        "leaf-old",
        Some(("old", "k-old")),
        LEAF_EXT,
    );

    // Knowing only the old issuing certificate: policy(pathLen 1) → old(pathLen 0) →
    // new-with-old (self-issued) → leaf.
    let v = V {
        roots: "root",
        chain: vec!["policy", "old", "new-with-old"],
        leaf: "leaf-new",
        ..V::default()
    };
    let doc = p.valid(&v);
    assert_eq!(doc["chain"].as_array().unwrap().len(), 5, "{doc}");
    // Knowing only the new one: the old key's leaf through old-with-new.
    let v = V {
        roots: "root",
        chain: vec!["policy", "new", "old-with-new"],
        leaf: "leaf-old",
        ..V::default()
    };
    let doc = p.valid(&v);
    assert_eq!(doc["chain"].as_array().unwrap().len(), 5, "{doc}");

    // CRLs at every depth: the self-issued new-with-old is settled by the old key's CRL,
    // the leaf by the new key's (both under the name CN=Issuing CA, told apart by AKI).
    std::fs::copy(p.s.path("k-old.key"), p.s.path("old.key")).unwrap();
    std::fs::copy(p.s.path("k-new.key"), p.s.path("new.key")).unwrap();
    for ca in ["root", "policy", "old", "new"] {
        p.ca_db(ca, "");
        p.gencrl(ca, ca);
    }
    let with_crls = |crls: Vec<&'static str>| V {
        roots: "root",
        chain: vec!["policy", "old", "new-with-old"],
        crls,
        crl_policy: Some("require"),
        leaf: "leaf-new",
        ..V::default()
    };
    p.valid(&with_crls(vec!["root", "policy", "old", "new"]));
    // Without the old key's CRL, the new key's CRL is the only one for new-with-old, and its
    // signer's path runs through new-with-old itself: OpenSSL refuses that CRL path (both
    // verifiers; the status of the certificate that CRL covers is then unknown).
    p.invalid(
        &with_crls(vec!["root", "policy", "new"]),
        "revocation_unknown",
        "CRL path validation error",
    );

    // A CA below `old` under another name is not self-issued: pathLen 0 refuses it.
    p.cert_with_key("sub", "/CN=Sub CA", "k-new", Some(("old", "k-old")), CA_EXT);
    p.cert_with_key(
        "leaf-sub",
        "/CN=leaf under sub",
        "leaf-sub",
        Some(("sub", "k-new")),
        LEAF_EXT,
    );
    let v = V {
        roots: "root",
        chain: vec!["policy", "old", "sub"],
        leaf: "leaf-sub",
        ..V::default()
    };
    p.invalid(&v, "path_len", "path length constraint exceeded");
}

/// (4) An intermediate CA revoked on its issuer's (the root's) CRL: refused when every
/// certificate must be settled (`require`), not checked with `leaf`.
#[test]
fn revoked_intermediate_under_require_and_leaf() {
    let Some(p) = Pki::new() else { return };
    p.root("root", "/CN=Revoking Root");
    p.issue("ca", "/CN=Revoked CA", "root", CA_EXT);
    p.issue("leaf", "/CN=leaf under a revoked CA", "ca", LEAF_EXT);
    p.ca_db("root", "");
    p.ca_db("ca", "");
    p.gencrl("root", "root-clean");
    p.gencrl("ca", "ca");
    p.revoke("root", "ca");
    p.gencrl("root", "root-revoked");

    let v = |crls: Vec<&'static str>, policy: &'static str| V {
        roots: "root",
        chain: vec!["ca"],
        crls,
        crl_policy: Some(policy),
        leaf: "leaf",
        ..V::default()
    };
    let doc = p.valid(&v(vec!["root-clean", "ca"], "require"));
    assert_eq!(doc["crls_checked"], 2);
    p.invalid(
        &v(vec!["root-revoked", "ca"], "require"),
        "revoked",
        "certificate revoked",
    );
    // `leaf`: only the leaf's status is settled, so the revoked CA passes.
    p.valid(&v(vec!["root-revoked", "ca"], "leaf"));
    // No CRL for the CA: its status is unknown under `require`, irrelevant under `leaf`.
    p.invalid(
        &v(vec!["ca"], "require"),
        "revocation_unknown",
        "unable to get certificate CRL",
    );
    p.valid(&v(vec!["ca"], "leaf"));
    // No CRL for the leaf: unknown under both.
    p.invalid(
        &v(vec!["root-revoked"], "leaf"),
        "revocation_unknown",
        "unable to get certificate CRL",
    );
}

/// (5) An indirect CRL (a separate CRL issuer named in the leaf's cRLDistributionPoints as
/// cRLIssuer, indirectCRL in the CRL's issuingDistributionPoint, entries naming the CA in
/// certificateIssuer), and a delta CRL (`openssl crl -gendelta`) on top of a base CRL.
/// The indirect CRL is made with Python `cryptography`: `openssl ca` cannot put the
/// certificateIssuer entry extension in a CRL, and without it the entries would belong to
/// the CRL issuer (§5.3.3).
#[test]
fn indirect_and_delta_crls() {
    let Some(p) = Pki::new() else { return };
    p.root("root", "/CN=CRL Root");
    p.issue("ca", "/CN=Issuing CA", "root", CA_EXT);
    p.issue(
        "crl-issuer",
        "/CN=CRL Issuer",
        "root",
        "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,cRLSign\n\
         subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n",
    );
    p.issue(
        "leaf-dp",
        "/CN=leaf with an indirect CRL",
        "ca",
        &format!(
            "{LEAF_EXT}crlDistributionPoints=dp\n[dp]\n\
             fullname=URI:http://crl.example/indirect.crl\nCRLissuer=dirName:crl_dn\n\
             [crl_dn]\nCN=CRL Issuer\n"
        ),
    );
    p.ca_db("root", "");
    p.gencrl("root", "root");

    if python_cryptography() {
        let serial = p.serial_of("leaf-dp");
        p.python(&["indirect-crl", "crl-issuer", "ind-clean", "1", "ca"]);
        p.python(&[
            "indirect-crl",
            "crl-issuer",
            "ind-revoked",
            "1",
            "ca",
            &serial,
        ]);
        // the same serial, but the entry names another CA (the root) as its issuer
        p.python(&[
            "indirect-crl",
            "crl-issuer",
            "ind-other",
            "1",
            "root",
            &serial,
        ]);
        // not marked indirect: the CRL issuer's own CRL, out of scope for the leaf
        p.python(&[
            "indirect-crl",
            "crl-issuer",
            "not-indirect",
            "0",
            "ca",
            &serial,
        ]);
        let v = |crl: &'static str| V {
            roots: "root",
            chain: vec!["ca", "crl-issuer"],
            crls: vec!["root", crl],
            crl_policy: Some("require"),
            leaf: "leaf-dp",
            ..V::default()
        };
        p.valid(&v("ind-clean"));
        p.valid(&v("ind-other"));
        p.invalid(&v("ind-revoked"), "revoked", "certificate revoked");
        // The CRL issuer's own certificate revoked on the root's CRL: its CRL cannot be used
        // (§6.3.3 (f)), so the leaf's status is undetermined. openssl: CRL path validation
        // error; cu: revocation_unknown, naming the leaf.
        p.revoke("root", "crl-issuer");
        p.gencrl("root", "root-revoked");
        let v2 = V {
            crls: vec!["root-revoked", "ind-clean"],
            ..v("ind-clean")
        };
        p.invalid(&v2, "revocation_unknown", "CRL path validation error");
        p.invalid(
            &v("not-indirect"),
            "revocation_unknown",
            "unable to get certificate CRL",
        );
    }

    // Delta CRL: base #1 lists nothing, the next full CRL #2 the leaf; the delta (#2, base
    // #1) is their difference. A certificate or its base CRL must point at delta CRLs
    // (freshestCRL) for a delta to be used (§5.2.6, and OpenSSL checks it).
    p.issue(
        "leaf-delta",
        "/CN=leaf with a delta CRL",
        "ca",
        &format!("{LEAF_EXT}freshestCRL=URI:http://crl.example/delta.crl\n"),
    );
    p.ca_db("ca", "");
    p.gencrl("ca", "base");
    p.revoke("ca", "leaf-delta");
    p.gencrl("ca", "full");
    p.openssl(&[
        "crl",
        "-in",
        "base.crl",
        "-gendelta",
        "full.crl",
        "-key",
        "ca.key",
        "-sha256",
        "-out",
        "delta.crl",
    ]);
    let v = |crls: Vec<&'static str>, policy: &'static str| V {
        roots: "root",
        chain: vec!["ca"],
        crls,
        crl_policy: Some(policy),
        leaf: "leaf-delta",
        ..V::default()
    };
    p.valid(&v(vec!["base"], "leaf"));
    p.valid(&v(vec!["root", "base"], "require"));
    p.invalid(
        &v(vec!["base", "delta"], "leaf"),
        "revoked",
        "certificate revoked",
    );
    p.invalid(
        &v(vec!["root", "base", "delta"], "require"),
        "revoked",
        "certificate revoked",
    );
    // A delta CRL alone is not a complete CRL (§5.2.4).
    p.invalid(
        &v(vec!["delta"], "leaf"),
        "revocation_unknown",
        "unable to get certificate CRL",
    );
}

/// (6) Validity from 1960 (UTCTime) to 2060 (GeneralizedTime), and a leaf that starts in
/// 2050 (GeneralizedTime notBefore), validated at times from 1955 to 2061 (before 1970:
/// negative Unix times, which --profile rfc5280 takes).
#[test]
fn validity_before_1970_and_after_2049() {
    let Some(p) = Pki::new() else { return };
    if !python_cryptography() {
        return;
    }
    let (from, to) = ("1960-01-01T00:00:00", "2060-12-31T23:59:59");
    p.python(&["dated", "root", "Dated Root", "-", from, to, "1", "1"]);
    p.python(&["dated", "ca", "Dated CA", "root", from, to, "1", "2"]);
    p.python(&["dated", "leaf", "dated leaf", "ca", from, to, "0", "3"]);
    p.python(&[
        "dated",
        "leaf-2050",
        "leaf from 2050",
        "ca",
        "2050-01-01T00:00:00",
        to,
        "0",
        "4",
    ]);
    // The encodings RFC 5280 §4.1.2.5 asks for: UTCTime through 2049, GeneralizedTime after.
    let parsed = p.run("openssl", &["asn1parse", "-in", "leaf-2050.pem"]);
    let text = String::from_utf8_lossy(&parsed.stdout);
    assert!(
        text.contains("GENERALIZEDTIME   :20500101000000Z"),
        "{text}"
    );
    let parsed = p.run("openssl", &["asn1parse", "-in", "leaf.pem"]);
    let text = String::from_utf8_lossy(&parsed.stdout);
    assert!(
        text.contains("UTCTIME           :600101000000Z"),
        "1960 as UTCTime: {text}"
    );
    assert!(
        text.contains(":20601231235959Z"),
        "2060 as GeneralizedTime: {text}"
    );

    let v = |leaf: &'static str, at: Option<&'static str>| V {
        roots: "root",
        chain: vec!["ca"],
        at,
        leaf,
        ..V::default()
    };
    p.valid(&v("leaf", None));
    p.valid(&v("leaf", Some("1970-01-01T00:00:00Z")));
    p.valid(&v("leaf", Some("2055-06-01T00:00:00Z")));
    p.valid(&v("leaf", Some("2060-12-31T23:59:58Z")));
    // The notAfter second itself is inside the validity period ("notBefore through
    // notAfter, inclusive", §4.1.2.5): cu says valid, openssl expired (DISAGREEMENTS).
    let last = v("leaf", Some("2060-12-31T23:59:59Z"));
    p.cu_valid(&last);
    let (ok, text) = p.openssl_verify(&last);
    assert!(
        !ok && text.contains("certificate has expired"),
        "openssl at notAfter: {text}"
    );
    p.invalid(
        &v("leaf", Some("2061-01-01T00:00:00Z")),
        "expired",
        "certificate has expired",
    );
    p.invalid(
        &v("leaf-2050", Some("2049-12-31T23:59:59Z")),
        "not_yet_valid",
        "certificate is not yet valid",
    );
    p.valid(&v("leaf-2050", Some("2050-01-01T00:00:00Z")));
    p.invalid(
        &v("leaf-2050", None),
        "not_yet_valid",
        "certificate is not yet valid",
    );

    // Before 1970: both validate (the time is inside every validity period).
    p.valid(&v("leaf", Some("1965-06-01T00:00:00Z")));
    // Before every notBefore (1955): both refuse it as not yet valid.
    p.invalid(
        &v("leaf", Some("1955-06-01T00:00:00Z")),
        "not_yet_valid",
        "certificate is not yet valid",
    );
}

/// (8) An extendedKeyUsage in an intermediate limits what its leaves may be used for (as
/// openssl's purpose check, webpki and Go have it), and a SHA-1 signature is relied on by
/// neither profile (openssl accepts it: a disagreement).
#[test]
fn intermediate_eku_limits_its_leaves_and_sha1_signatures_are_refused() {
    let Some(p) = Pki::new() else { return };
    p.root("root", "/CN=Usage Root");
    p.issue(
        "mail-ca",
        "/CN=Mail CA",
        "root",
        &format!("{CA_EXT}extendedKeyUsage=emailProtection\n"),
    );
    p.issue(
        "leaf",
        "/CN=server under a mail CA",
        "mail-ca",
        &format!("{LEAF_EXT}extendedKeyUsage=serverAuth\n"),
    );
    let v = |purpose| V {
        roots: "root",
        chain: vec!["mail-ca"],
        purpose,
        leaf: "leaf",
        ..V::default()
    };
    p.invalid(
        &v(Some("server")),
        "bad_usage",
        "unsuitable certificate purpose",
    );
    // Any purpose (rfc5280's default, openssl without -purpose): no usage is asked for.
    p.valid(&v(None));
    // The same CA (subject and key) certified again without the EKU: a path around the
    // restricted copy is found whichever comes first.
    p.cert_with_key(
        "mail-ca-too",
        "/CN=Mail CA",
        "mail-ca",
        Some(("root", "root")),
        CA_EXT,
    );
    for chain in [
        vec!["mail-ca", "mail-ca-too"],
        vec!["mail-ca-too", "mail-ca"],
    ] {
        p.cu_valid(&V {
            chain,
            ..v(Some("server"))
        });
    }

    p.issue("ca", "/CN=Good CA", "root", CA_EXT);
    p.issue("good", "/CN=sha256 leaf", "ca", LEAF_EXT);
    let v = |leaf| V {
        roots: "root",
        chain: vec!["ca"],
        leaf,
        ..V::default()
    };
    p.valid(&v("good"));
    // The same request and extensions, signed with SHA-1.
    p.openssl(&[
        "x509",
        "-req",
        "-in",
        "good.csr",
        "-extfile",
        "good.ext",
        "-extensions",
        "ext",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-sha1",
        "-set_serial",
        "4242",
        "-days",
        "30",
        "-out",
        "sha1.pem",
    ]);
    let sha1 = v("sha1");
    let args = sha1.cu_args();
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_eq!(p.s.fails_with(&refs, None), "unsupported_algorithm");
    let web: Vec<&str> = [
        "pki", "verify", "--roots", "root.pem", "--chain", "ca.pem", "sha1.pem",
    ]
    .to_vec();
    assert_eq!(p.s.fails_with(&web, None), "unsupported_algorithm");
    let (ok, text) = p.openssl_verify(&sha1);
    assert!(
        ok,
        "openssl now refuses SHA-1 (update DISAGREEMENTS): {text}"
    );
    // The CA certified with SHA-1 beside its SHA-256 certificate: the path goes around it.
    p.openssl(&[
        "x509",
        "-req",
        "-in",
        "ca.csr",
        "-extfile",
        "ca.ext",
        "-extensions",
        "ext",
        "-CA",
        "root.pem",
        "-CAkey",
        "root.key",
        "-sha1",
        "-set_serial",
        "4343",
        "-days",
        "30",
        "-out",
        "ca-sha1.pem",
    ]);
    let only_sha1 = V {
        chain: vec!["ca-sha1"],
        ..v("good")
    };
    let args = only_sha1.cu_args();
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_eq!(p.s.fails_with(&refs, None), "unsupported_algorithm");
    for chain in [vec!["ca-sha1", "ca"], vec!["ca", "ca-sha1"]] {
        p.cu_valid(&V { chain, ..v("good") });
    }
}
