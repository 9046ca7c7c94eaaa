//! The site as one `.zip` (下载网站), for a CMS that takes a zip or an nginx folder: every file
//! stored as it is (no compression: the wasm and the pages are the bytes `dist` writes, and a
//! stored zip needs no compressor in the editor's wasm), paths in UTF-8, one fixed date.

/// CRC-32 (IEEE), the checksum every zip entry carries.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |c, &b| {
        CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// 2024-01-01 00:00 in DOS form (a zip's dates carry no zone; one date keeps the zip the same
/// bytes for the same site).
const DOS_TIME: u16 = 0;
const DOS_DATE: u16 = ((2024 - 1980) << 9) | (1 << 5) | 1;
/// Bit 11: the names are UTF-8.
const UTF8_NAMES: u16 = 1 << 11;

fn u16le(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

/// The fields a file's local header and its central directory entry share, from the version
/// needed on.
fn common(out: &mut Vec<u8>, name: &str, crc: u32, size: u32) {
    u16le(out, 20); // version needed: 2.0
    u16le(out, UTF8_NAMES);
    u16le(out, 0); // stored
    u16le(out, DOS_TIME);
    u16le(out, DOS_DATE);
    u32le(out, crc);
    u32le(out, size); // compressed
    u32le(out, size); // uncompressed
    u16le(out, name.len() as u16);
    u16le(out, 0); // no extra field
}

/// `files` (path, bytes) as a zip archive; an error if the site is beyond the classic format's
/// limits (4 GiB, 65,535 files), which no report's site comes near.
pub fn zip(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let too_big = || "网站文件太大，无法打包为 zip".to_owned();
    let count = u16::try_from(files.len()).map_err(|_| too_big())?;
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, bytes) in files {
        let offset = u32::try_from(out.len()).map_err(|_| too_big())?;
        let size = u32::try_from(bytes.len()).map_err(|_| too_big())?;
        u16::try_from(name.len()).map_err(|_| too_big())?;
        let crc = crc32(bytes);
        u32le(&mut out, 0x0403_4B50);
        common(&mut out, name, crc, size);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(bytes);
        u32le(&mut directory, 0x0201_4B50);
        u16le(&mut directory, 20); // made by: 2.0, MS-DOS attributes
        common(&mut directory, name, crc, size);
        u16le(&mut directory, 0); // comment
        u16le(&mut directory, 0); // disk
        u16le(&mut directory, 0); // internal attributes
        u32le(&mut directory, 0); // external attributes
        u32le(&mut directory, offset);
        directory.extend_from_slice(name.as_bytes());
    }
    let directory_at = u32::try_from(out.len()).map_err(|_| too_big())?;
    let directory_size = u32::try_from(directory.len()).map_err(|_| too_big())?;
    out.extend_from_slice(&directory);
    u32le(&mut out, 0x0605_4B50);
    u16le(&mut out, 0);
    u16le(&mut out, 0);
    u16le(&mut out, count);
    u16le(&mut out, count);
    u32le(&mut out, directory_size);
    u32le(&mut out, directory_at);
    u16le(&mut out, 0);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::{crc32, zip};

    #[test]
    fn the_checksum_is_crc32() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    #[allow(clippy::unwrap_used)]
    fn an_archive_lists_its_files_and_ends_with_its_directory() {
        let files = vec![
            ("index.html".to_owned(), b"<p>hi</p>".to_vec()),
            ("embed/area-1/index.html".to_owned(), "报告".as_bytes().to_vec()),
        ];
        let bytes = zip(&files).unwrap();
        assert!(bytes.starts_with(&[0x50, 0x4B, 0x03, 0x04]));
        let end = &bytes[bytes.len() - 22..];
        assert_eq!(&end[..4], &[0x50, 0x4B, 0x05, 0x06]);
        assert_eq!(u16::from_le_bytes([end[10], end[11]]), 2);
    }
}
