//! A tiny WebDriver client for headless Chromium (chromedriver speaks HTTP+JSON).

use std::process::Command;

use serde_json::{json, Value};

/// A tiny WebDriver client (chromedriver speaks HTTP+JSON).
pub struct Browser {
    driver: std::process::Child,
    base: String,
    session: String,
    http: reqwest::blocking::Client,
}

impl Browser {
    /// Whether chromium and chromedriver are installed.
    /// Whether chromium and chromedriver are here; if not, the calling test is skipped (a
    /// failure under CI=true, where `.ci/run` installs them).
    pub fn available() -> bool {
        let here = Command::new("chromedriver")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
            && std::path::Path::new("/usr/bin/chromium").exists();
        if !here {
            super::missing_peer(
                "chromium and chromium-driver",
                "apt-get install chromium chromium-driver",
            );
        }
        here
    }

    pub fn start(profile: &std::path::Path) -> Option<Browser> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .ok()?
            .local_addr()
            .ok()?
            .port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .ok()?;
        let http = reqwest::blocking::Client::builder()
            .use_preconfigured_tls({
                let mut roots = rustls::RootCertStore::empty();
                roots.add_parsable_certificates(Vec::<rustls_pki_types::CertificateDer>::new());
                rustls::ClientConfig::builder_with_provider(cu::pki::tls::provider())
                    .with_safe_default_protocol_versions()
                    .unwrap()
                    .with_root_certificates(roots)
                    .with_no_client_auth()
            })
            .timeout(std::time::Duration::from_secs(60))
            .build()
            .unwrap();
        let base = format!("http://127.0.0.1:{port}");
        for _ in 0..100 {
            if http.get(format!("{base}/status")).send().is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        // The flags Chromium needs on this machine (see the env notes), headless.
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "acceptInsecureCerts": true,
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--window-size=900,900", format!("--user-data-dir={}", profile.display())]
            }
        }}});
        let v: Value = http
            .post(format!("{base}/session"))
            .json(&capabilities)
            .send()
            .ok()?
            .json()
            .ok()?;
        let session = v["value"]["sessionId"].as_str()?.to_string();
        Some(Browser {
            driver,
            base,
            session,
            http,
        })
    }

    pub fn call(&self, method: &str, path: &str, body: Value) -> Value {
        let url = format!("{}/session/{}{path}", self.base, self.session);
        let r = match method {
            "GET" => self.http.get(url),
            _ => self.http.post(url).json(&body),
        };
        r.send().unwrap().json::<Value>().unwrap()["value"].clone()
    }

    pub fn go(&self, url: &str) {
        self.call("POST", "/url", json!({"url": url}));
    }

    pub fn element(&self, css: &str) -> String {
        let v = self.call(
            "POST",
            "/element",
            json!({"using": "css selector", "value": css}),
        );
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no element {css}: {v}"))
            .to_string()
    }

    /// Wait (up to 15 s) until an element matching `css` is on the page: after a click that
    /// navigates, the next page may not be there yet on a loaded machine.
    pub fn wait_for(&self, css: &str) {
        let started = std::time::Instant::now();
        while started.elapsed() < std::time::Duration::from_secs(15) {
            let v = self.call(
                "POST",
                "/element",
                json!({"using": "css selector", "value": css}),
            );
            if v.as_object()
                .is_some_and(|o| o.keys().any(|k| k.starts_with("element-")))
            {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }

    pub fn type_into(&self, css: &str, text: &str) {
        self.wait_for(css);
        let id = self.element(css);
        self.call(
            "POST",
            &format!("/element/{id}/value"),
            json!({"text": text}),
        );
    }

    pub fn click(&self, css: &str) {
        self.wait_for(css);
        let id = self.element(css);
        self.call("POST", &format!("/element/{id}/click"), json!({}));
    }

    /// The visible text of an element.
    pub fn text(&self, css: &str) -> String {
        self.wait_for(css);
        let id = self.element(css);
        self.call("GET", &format!("/element/{id}/text"), Value::Null)
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// The current URL once it satisfies `ready` (navigation after a click can lag on a
    /// loaded machine), or whatever it is after 15 s.
    pub fn url_when(&self, ready: impl Fn(&str) -> bool) -> String {
        let started = std::time::Instant::now();
        loop {
            let url = self.url();
            if ready(&url) || started.elapsed() > std::time::Duration::from_secs(15) {
                return url;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }

    /// An element's text once it satisfies `ready` (or whatever it is after 15 s).
    pub fn text_when(&self, css: &str, ready: impl Fn(&str) -> bool) -> String {
        let started = std::time::Instant::now();
        loop {
            let found = self.call(
                "POST",
                "/element",
                json!({"using": "css selector", "value": css}),
            );
            let text = found
                .as_object()
                .and_then(|o| o.values().next())
                .and_then(Value::as_str)
                .map(|id| {
                    self.call("GET", &format!("/element/{id}/text"), Value::Null)
                        .as_str()
                        .unwrap_or("")
                        .to_string()
                })
                .unwrap_or_default();
            if ready(&text) || started.elapsed() > std::time::Duration::from_secs(15) {
                return text;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }

    pub fn url(&self) -> String {
        self.call("GET", "/url", Value::Null)
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// Save a PNG of the page. On a loaded machine Chromium sometimes answers a screenshot
    /// with an error (a renderer timeout); it is asked again a few times before failing.
    pub fn screenshot(&self, path: &std::path::Path) {
        use base64::Engine;
        let mut last = Value::Null;
        let mut png = None;
        for _ in 0..5 {
            last = self.call("GET", "/screenshot", Value::Null);
            if let Some(data) = last.as_str() {
                png = Some(data.to_string());
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(500));
        }
        let png = png.unwrap_or_else(|| panic!("no screenshot of the page: {last}"));
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(png)
            .unwrap();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self
            .http
            .delete(format!("{}/session/{}", self.base, self.session))
            .send();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
