"""for n, p in zip(range(12), pool.imap(is_prime, range(12))): each number beside its result.

imap yields the results in input order as they come; zip takes the next number, then waits for
the next result, and ends with both (the same range), so every result is consumed before the
with's terminate()."""
from multiprocessing import Pool


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


primes = []
if __name__ == "__main__":
    with Pool(processes=2) as pool:
        for n, p in zip(range(12), pool.imap(is_prime, range(12))):
            if p:
                primes.append(n)
    print(primes)
    assert primes == [2, 3, 5, 7, 11]
