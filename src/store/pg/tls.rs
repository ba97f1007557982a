//! TLS for the team server's connections, by rustls with ring as its one
//! crypto provider (named explicitly, so another crate enabling a second
//! provider can never leave rustls unable to choose).
//!
//! The modes follow libpq's, which is what a server's administrator reads
//! about: `prefer` and `require` encrypt without checking who answers,
//! `verify-full` checks the certificate against the system's authorities
//! (or the URL's `sslrootcert`) and the host name. Without a check the
//! handshake's signatures are still verified, so the connection is at least
//! encrypted to whoever holds the certificate's key.

use super::target::{SslMode, Target};
use crate::error::{Error, ErrorCode};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use std::net::IpAddr;
use std::path::Path;
use std::sync::Arc;
use tokio_postgres_rustls::MakeRustlsConnect;

/// Whether `host` is this computer: a unix socket's folder, `localhost`, or
/// a loopback address (127.0.0.0/8, ::1). Nothing sent to it leaves the
/// machine, so nobody on the network can read or impersonate it.
pub fn is_loopback(host: &str) -> bool {
    if host.starts_with('/') || host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    match host.parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => v4.is_loopback(),
        Ok(IpAddr::V6(v6)) => {
            v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
        Err(_) => false,
    }
}

/// The rule of `shared/spec/team.md` ("connections are encrypted and
/// authenticated per person"): a server that is not this computer is only
/// reached with `verify-full`, so that a password is never sent in the
/// clear nor to an impostor. Checked before anything goes over the network,
/// password included; the URL cannot opt out (decision 67).
pub fn require_safe_transport(target: &Target) -> crate::error::Result<()> {
    if target.sslmode == SslMode::VerifyFull || is_loopback(&target.host) {
        return Ok(());
    }
    Err(Error::new(
        ErrorCode::TlsFailed,
        format!(
            "the team server at {} is not on this computer, so Leadledger connects \
             to it only encrypted and with its certificate checked \
             (sslmode=verify-full); open the owner's invite file (--invite FILE), \
             or add sslmode=verify-full to the URL",
            target.server()
        ),
    ))
}

/// The connector for a mode other than `disable`: checking the certificate
/// (`verify`, against `rootcert` or the system's authorities) or not. A
/// failure is the reason, in words, for the caller to name the server.
pub(super) fn connector(
    verify: bool,
    rootcert: Option<&Path>,
) -> Result<MakeRustlsConnect, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;
    let config = if verify {
        builder
            .with_root_certificates(roots(rootcert)?)
            .with_no_client_auth()
    } else {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Unchecked(provider)))
            .with_no_client_auth()
    };
    Ok(MakeRustlsConnect::new(config))
}

/// The authorities `verify-full` trusts: the URL's `sslrootcert` file, else
/// the system's store (on Debian `/etc/ssl/certs`, where a shop's own
/// authority is added with `update-ca-certificates`).
fn roots(rootcert: Option<&Path>) -> Result<RootCertStore, String> {
    let mut roots = RootCertStore::empty();
    match rootcert {
        Some(path) => {
            // A PEM file, or the owner's invite with the authority in it.
            let pem = super::invite::trusted_pem(path).map_err(|e| {
                format!(
                    "the sslrootcert file {} cannot be read ({e})",
                    path.display()
                )
            })?;
            let certs = CertificateDer::pem_slice_iter(pem.as_bytes())
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| {
                    format!(
                        "the sslrootcert file {} cannot be read ({e})",
                        path.display()
                    )
                })?;
            roots.add_parsable_certificates(certs);
        }
        None => {
            roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
        }
    }
    if roots.is_empty() {
        return Err(
            "no trusted certificate authority was found (name one with sslrootcert=FILE)"
                .to_string(),
        );
    }
    Ok(roots)
}

/// Accepts any certificate, for `prefer` and `require`, but still verifies
/// that the handshake was signed by the certificate's key.
#[derive(Debug)]
struct Unchecked(Arc<CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_computer_counts_as_loopback() {
        for host in ["localhost", "LocalHost", "127.0.0.1", "127.8.9.1", "::1"] {
            assert!(is_loopback(host), "{host}");
        }
        assert!(is_loopback("::ffff:127.0.0.1"));
        assert!(is_loopback("/var/run/postgresql"));
        for host in [
            "192.168.1.5",
            "10.0.0.1",
            "nas.local",
            "localhost.evil",
            "::2",
        ] {
            assert!(!is_loopback(host), "{host}");
        }
    }

    #[test]
    fn a_server_elsewhere_needs_verify_full_before_anything_is_sent() {
        for mode in ["disable", "prefer", "require"] {
            let t = Target::parse(&format!(
                "postgres://anna:pw@192.168.1.5/shop?sslmode={mode}"
            ))
            .unwrap();
            let e = require_safe_transport(&t).unwrap_err();
            assert_eq!(e.code, ErrorCode::TlsFailed, "{mode}");
            assert!(e.message.contains("192.168.1.5:5432"), "{}", e.message);
            assert!(e.message.contains("verify-full"), "{}", e.message);
            assert!(!e.message.contains("pw"), "{}", e.message);
        }
        let t = Target::parse("postgres://anna@nas.local/shop?sslmode=verify-full").unwrap();
        require_safe_transport(&t).unwrap();
        for url in [
            "postgres://anna@localhost/shop?sslmode=disable",
            "postgres://anna@127.0.0.1:5433/shop",
            "postgres://anna@[::1]/shop?sslmode=require",
            "postgres://anna@%2Fvar%2Frun%2Fpostgresql/shop?sslmode=disable",
        ] {
            require_safe_transport(&Target::parse(url).unwrap()).unwrap();
        }
    }
}
