# no bug: CPU work in a ProcessPoolExecutor, results gathered in order
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit):  # weft: cpu 50us
    count = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            count += 1
    return count


limits = [10, 20, 30, 50]
prime_counts = []

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        prime_counts = list(executor.map(count_primes, limits))
    print("prime counts:", prime_counts)
    assert prime_counts == [4, 8, 10, 15]
