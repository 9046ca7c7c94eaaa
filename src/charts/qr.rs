//! QR codes (ISO/IEC 18004, model 2) of our own: the text as bytes, error correction level M, the
//! smallest of versions 1–40 that holds it, and of the eight masks the one of least penalty (scored
//! as the `qrcode` crate scores them, so that the codes are that crate's, module for module:
//! `tests/deck.rs`). Small enough for the report's own wasm, which draws 码上看报告's codes where
//! no public address was known when the site was made. As one SVG path with a quiet zone of four
//! modules: for the page's QR images and the long image's way back to the report.

/// Level M's error correction codewords per block, by version (index 0 unused).
const EC_PER_BLOCK: [u8; 41] = [
    0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];

/// Level M's number of error correction blocks, by version (index 0 unused).
const BLOCKS: [u8; 41] = [
    0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31,
    33, 35, 37, 38, 40, 43, 45, 47, 49,
];

/// Level M in the format information.
const LEVEL_BITS: u32 = 0;

/// A square of modules, `true` for dark, row by row.
struct Grid {
    size: usize,
    dark: Vec<bool>,
    /// The modules of finders, timing, alignment, format and version, which no data or mask touches.
    function: Vec<bool>,
}

impl Grid {
    fn new(size: usize) -> Self {
        Self {
            size,
            dark: vec![false; size * size],
            function: vec![false; size * size],
        }
    }

    fn set_function(&mut self, x: usize, y: usize, dark: bool) {
        let i = y * self.size + x;
        self.dark[i] = dark;
        self.function[i] = true;
    }
}

/// All the modules a whole number of bits can be placed in, less the function patterns, in bits.
fn raw_data_modules(version: usize) -> usize {
    let mut modules = (16 * version + 128) * version + 64;
    if version >= 2 {
        let alignments = version / 7 + 2;
        modules -= (25 * alignments - 10) * alignments - 55;
        if version >= 7 {
            modules -= 36;
        }
    }
    modules
}

/// The data codewords a version holds at level M.
fn data_codewords(version: usize) -> usize {
    raw_data_modules(version) / 8 - usize::from(EC_PER_BLOCK[version]) * usize::from(BLOCKS[version])
}

/// The centres of the alignment patterns along each axis.
fn alignment_positions(version: usize) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let count = version / 7 + 2;
    let size = version * 4 + 17;
    let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2;
    let mut positions: Vec<usize> = (0..count - 1).map(|i| size - 7 - i * step).collect();
    positions.push(6);
    positions.reverse();
    positions
}

/// Appends the low `count` bits of `value`, most significant first.
fn push_bits(bits: &mut Vec<bool>, value: usize, count: usize) {
    bits.extend((0..count).rev().map(|i| (value >> i) & 1 == 1));
}

/// The data codewords of `bytes` in byte mode at `version`: mode, count, bytes, terminator and pad.
fn data_bytes(bytes: &[u8], version: usize) -> Vec<u8> {
    let capacity = data_codewords(version) * 8;
    let mut bits = Vec::with_capacity(capacity);
    push_bits(&mut bits, 0b0100, 4);
    push_bits(&mut bits, bytes.len(), if version <= 9 { 8 } else { 16 });
    for &byte in bytes {
        push_bits(&mut bits, usize::from(byte), 8);
    }
    let terminator = (capacity - bits.len()).min(4);
    let zeros = terminator + (8 - (bits.len() + terminator) % 8) % 8;
    push_bits(&mut bits, 0, zeros);
    let mut codewords: Vec<u8> = bits
        .chunks(8)
        .map(|byte| byte.iter().fold(0_u8, |acc, &bit| (acc << 1) | u8::from(bit)))
        .collect();
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if codewords.len() >= capacity / 8 {
            break;
        }
        codewords.push(pad);
    }
    codewords
}

/// Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1.
fn gf_multiply(x: u8, y: u8) -> u8 {
    let mut product = 0_u16;
    for i in (0..8).rev() {
        product = (product << 1) ^ ((product >> 7) * 0x11D);
        product ^= u16::from((y >> i) & 1) * u16::from(x);
    }
    u8::try_from(product & 0xFF).unwrap_or(0)
}

/// The Reed–Solomon generator of `degree`, its leading 1 left out.
fn generator(degree: usize) -> Vec<u8> {
    let mut divisor = vec![0_u8; degree];
    if let Some(last) = divisor.last_mut() {
        *last = 1;
    }
    let mut root = 1_u8;
    for _ in 0..degree {
        for j in 0..degree {
            divisor[j] = gf_multiply(divisor[j], root);
            if let Some(&next) = divisor.get(j + 1) {
                divisor[j] ^= next;
            }
        }
        root = gf_multiply(root, 0x02);
    }
    divisor
}

/// The error correction codewords of one block.
fn remainder(data: &[u8], divisor: &[u8]) -> Vec<u8> {
    let mut result = vec![0_u8; divisor.len()];
    for &byte in data {
        let factor = byte ^ result.first().copied().unwrap_or(0);
        result.remove(0);
        result.push(0);
        for (r, &d) in result.iter_mut().zip(divisor) {
            *r ^= gf_multiply(d, factor);
        }
    }
    result
}

/// The data split into blocks, each followed by its error correction, interleaved.
fn codewords(data: &[u8], version: usize) -> Vec<u8> {
    let blocks = usize::from(BLOCKS[version]);
    let ec = usize::from(EC_PER_BLOCK[version]);
    let raw = raw_data_modules(version) / 8;
    let short_blocks = blocks - raw % blocks;
    let short_length = raw / blocks;
    let divisor = generator(ec);
    let mut split = Vec::with_capacity(blocks);
    let mut start = 0;
    for i in 0..blocks {
        let length = short_length - ec + usize::from(i >= short_blocks);
        let block = data.get(start..start + length).unwrap_or_default();
        start += length;
        split.push((block, remainder(block, &divisor)));
    }
    let mut out = Vec::with_capacity(raw);
    for i in 0..=short_length - ec {
        out.extend(split.iter().filter_map(|(block, _)| block.get(i)));
    }
    for i in 0..ec {
        out.extend(split.iter().map(|(_, ec)| ec[i]));
    }
    out
}

/// Finders with their separators, timing, alignment, the dark module and the version information;
/// the format information's modules reserved (drawn with each mask).
fn function_patterns(version: usize) -> Grid {
    let size = version * 4 + 17;
    let mut grid = Grid::new(size);
    for i in 0..size {
        grid.set_function(6, i, i % 2 == 0);
        grid.set_function(i, 6, i % 2 == 0);
    }
    for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
        for dy in -4_isize..=4 {
            for dx in -4_isize..=4 {
                let (x, y) = (cx.checked_add_signed(dx), cy.checked_add_signed(dy));
                if let (Some(x), Some(y)) = (x, y) {
                    let distance = dx.abs().max(dy.abs());
                    if x < size && y < size {
                        grid.set_function(x, y, distance != 2 && distance != 4);
                    }
                }
            }
        }
    }
    let positions = alignment_positions(version);
    let last = positions.len().saturating_sub(1);
    for (i, &cx) in positions.iter().enumerate() {
        for (j, &cy) in positions.iter().enumerate() {
            // Not where a finder stands (the corners but the bottom right one).
            let at_finder = [(0, 0), (0, last), (last, 0)].contains(&(i, j));
            if at_finder {
                continue;
            }
            for dy in 0_usize..5 {
                for dx in 0_usize..5 {
                    let distance = dx.abs_diff(2).max(dy.abs_diff(2));
                    grid.set_function(cx + dx - 2, cy + dy - 2, distance != 1);
                }
            }
        }
    }
    draw_format(&mut grid, 0);
    if version >= 7 {
        let mut remainder = version;
        for _ in 0..12 {
            remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25);
        }
        let bits = version << 12 | remainder;
        for i in 0..18 {
            let dark = (bits >> i) & 1 == 1;
            let (a, b) = (size - 11 + i % 3, i / 3);
            grid.set_function(a, b, dark);
            grid.set_function(b, a, dark);
        }
    }
    grid
}

/// The format information (level M and `mask`) in both its places, and the dark module.
fn draw_format(grid: &mut Grid, mask: u32) {
    let data = LEVEL_BITS << 3 | mask;
    let mut remainder = data;
    for _ in 0..10 {
        remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
    }
    let bits = (data << 10 | remainder) ^ 0x5412;
    let bit = |i: usize| (bits >> i) & 1 == 1;
    let size = grid.size;
    for i in 0..6 {
        grid.set_function(8, i, bit(i));
    }
    grid.set_function(8, 7, bit(6));
    grid.set_function(8, 8, bit(7));
    grid.set_function(7, 8, bit(8));
    for i in 9..15 {
        grid.set_function(14 - i, 8, bit(i));
    }
    for i in 0..8 {
        grid.set_function(size - 1 - i, 8, bit(i));
    }
    for i in 8..15 {
        grid.set_function(8, size - 15 + i, bit(i));
    }
    grid.set_function(8, size - 8, true);
}

/// The codewords placed in the zigzag of two-module columns, right to left, skipping column 6.
fn draw_codewords(grid: &mut Grid, codewords: &[u8]) {
    let size = grid.size;
    let total = codewords.len() * 8;
    let mut i = 0;
    let mut right = size - 1;
    loop {
        let upward = (right + 1) & 2 == 0;
        for vertical in 0..size {
            let y = if upward { size - 1 - vertical } else { vertical };
            for x in [right, right - 1] {
                let at = y * size + x;
                if !grid.function[at] && i < total {
                    grid.dark[at] = (codewords[i >> 3] >> (7 - (i & 7))) & 1 == 1;
                    i += 1;
                }
            }
        }
        if right < 3 {
            break;
        }
        right -= if right == 8 { 3 } else { 2 };
    }
}

/// Whether mask `mask` inverts the module at (`x`, `y`).
fn masked(mask: u32, x: usize, y: usize) -> bool {
    match mask {
        0 => (x + y).is_multiple_of(2),
        1 => y.is_multiple_of(2),
        2 => x.is_multiple_of(3),
        3 => (x + y).is_multiple_of(3),
        4 => (x / 3 + y / 2).is_multiple_of(2),
        5 => x * y % 2 + x * y % 3 == 0,
        6 => (x * y % 2 + x * y % 3).is_multiple_of(2),
        _ => ((x + y) % 2 + x * y % 3).is_multiple_of(2),
    }
}

/// The modules of `text`'s QR code (`true` for dark, row by row) and its width in modules; `None`
/// for text longer than version 40 holds.
#[inline(never)]
pub fn qr_modules(text: &str) -> Option<(Vec<bool>, usize)> {
    let bytes = text.as_bytes();
    let version = (1..=40).find(|&v| {
        let count_bits = if v <= 9 { 8 } else { 16 };
        4 + count_bits + bytes.len() * 8 <= data_codewords(v) * 8
    })?;
    let mut grid = function_patterns(version);
    draw_codewords(&mut grid, &codewords(&data_bytes(bytes, version), version));
    let size = grid.size;
    (0..8)
        .map(|mask| {
            let mut candidate = Grid {
                size,
                dark: grid.dark.clone(),
                function: grid.function.clone(),
            };
            for (i, dark) in candidate.dark.iter_mut().enumerate() {
                if !grid.function[i] && masked(mask, i % size, i / size) {
                    *dark = !*dark;
                }
            }
            draw_format(&mut candidate, mask);
            candidate.dark
        })
        .min_by_key(|dark| penalty(dark, size))
        .map(|dark| (dark, size))
}

/// A masked code's penalty as the `qrcode` crate scores it (ISO/IEC 18004's four rules, with the
/// crate's arithmetic): runs of five or more, 2×2 blocks, finder-like patterns without four light
/// modules on a side (less the three finders' own), and the share of dark modules.
#[inline(never)]
fn penalty(dark: &[bool], width: usize) -> u16 {
    let columns: Vec<bool> = (0..dark.len()).map(|i| dark[(i % width) * width + i / width]).collect();
    let mut total = 0_u16;
    for line in dark.chunks(width).chain(columns.chunks(width)) {
        total = total.wrapping_add(runs(line)).wrapping_add(finder_like(line));
    }
    for y in 0..width - 1 {
        for x in 0..width - 1 {
            let at = y * width + x;
            let this = dark[at];
            if this == dark[at + 1] && this == dark[at + width] && this == dark[at + width + 1] {
                total = total.wrapping_add(3);
            }
        }
    }
    let count = dark.iter().filter(|&&d| d).count();
    let ratio = count * 200 / dark.len().max(1);
    let balance = u16::try_from(ratio.abs_diff(100)).unwrap_or(u16::MAX);
    total.wrapping_sub(2 * 360).wrapping_add(balance)
}

/// Runs of five or more modules of one colour along a line: each scores its length less two.
fn runs(line: &[bool]) -> u16 {
    line.chunk_by(|a, b| a == b)
        .filter(|run| run.len() >= 5)
        .fold(0_u16, |score, run| {
            score.wrapping_add(u16::try_from(run.len() - 2).unwrap_or(u16::MAX))
        })
}

/// Dark-light-dark-dark-dark-light-dark along a line without a dark module in the four before it or
/// in the four after it (the edge counting as light): 40 each.
fn finder_like(line: &[bool]) -> u16 {
    const PATTERN: [bool; 7] = [true, false, true, true, true, false, true];
    let dark = |k: usize| line.get(k).copied().unwrap_or(false);
    let mut score = 0_u16;
    for (j, window) in line.windows(7).enumerate() {
        if window != PATTERN {
            continue;
        }
        let before = (j.saturating_sub(4)..j).any(dark);
        let after = (j + 7..j + 11).any(dark);
        if !before || !after {
            score = score.wrapping_add(40);
        }
    }
    score
}

/// A QR code as an SVG document of its own (a white square, the dark modules in black), for a
/// file; `None` for text that cannot be encoded.
pub fn qr_svg(text: &str) -> Option<String> {
    let (d, side) = qr_path(text)?;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#ffffff\"/><path d=\"{d}\" fill=\"#000000\"/></svg>"
    ))
}

/// The path of the dark modules and the side of the drawing, in modules; `None` for text that
/// cannot be encoded.
pub fn qr_path(text: &str) -> Option<(String, usize)> {
    let (dark, width) = qr_modules(text)?;
    let mut d = String::new();
    for (i, _) in dark.iter().enumerate().filter(|(_, &dark)| dark) {
        d.push_str(&format!("M{} {}h1v1h-1z", i % width + 4, i / width + 4));
    }
    Some((d, width + 8))
}
