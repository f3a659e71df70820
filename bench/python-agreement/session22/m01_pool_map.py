from multiprocessing import Pool


def word_count(text):
    return len(text.split())


def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, int(n ** 0.5) + 1))


if __name__ == "__main__":
    docs = ["a b c", "hello world", "one", "the quick brown fox jumps"]
    with Pool(processes=2) as pool:
        counts = pool.map(word_count, docs)
        async_result = pool.apply_async(sum, (counts,))
        primes = [n for n, p in zip(range(20), pool.imap(is_prime, range(20))) if p]
        total = async_result.get(timeout=5)
    print(counts, total)
    print(primes)
