# f04 with the blocks made inside the job from a block number (pool.map over a range).
from concurrent.futures import ProcessPoolExecutor

TEXT = "the quick brown fox jumps over the lazy dog " * 4


def adler32(number):
    block = TEXT[number * 32:number * 32 + 32]
    a, b = 1, 0
    for ch in block:
        a = (a + ord(ch)) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


if __name__ == "__main__":
    count = (len(TEXT) + 31) // 32
    with ProcessPoolExecutor(max_workers=2) as pool:
        sums = list(pool.map(adler32, range(count), chunksize=2))
    combined = 0
    for value in sums:
        combined ^= value
    print(f"blocks={len(sums)} combined={combined}")
