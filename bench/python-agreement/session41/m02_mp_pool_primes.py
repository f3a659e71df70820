# bug: none
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def digit_sum(n):
    return sum(int(d) for d in str(n))


if __name__ == "__main__":
    nums = [2, 15, 17, 21, 97, 100, 101]
    with Pool(2) as pool:
        flags = pool.map(is_prime, nums)
    primes = [n for n, f in zip(nums, flags) if f]
    with ProcessPoolExecutor(max_workers=2) as ex:
        sums = list(ex.map(digit_sum, primes))
    print(f"primes={primes} digit_sums={sums}")
