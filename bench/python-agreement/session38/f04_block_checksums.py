# Checksum the blocks of a file image in worker processes (ProcessPoolExecutor.map, chunked).
from concurrent.futures import ProcessPoolExecutor


def adler32(block):
    a, b = 1, 0
    for ch in block:
        a = (a + ord(ch)) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def make_blocks():
    text = "the quick brown fox jumps over the lazy dog " * 4
    return [text[i:i + 32] for i in range(0, len(text), 32)]


if __name__ == "__main__":
    blocks = make_blocks()
    with ProcessPoolExecutor(max_workers=2) as pool:
        sums = list(pool.map(adler32, blocks, chunksize=2))
    combined = 0
    for value in sums:
        combined ^= value
    print(f"blocks={len(sums)} combined={combined}")
