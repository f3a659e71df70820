# A ProcessPoolExecutor whose initializer (no initargs) loads two tables into each worker; jobs
# submitted one by one read them.
from concurrent.futures import ProcessPoolExecutor

LIMITS = None
BONUS = 0


def load_tables():
    """Each worker's tables."""
    global LIMITS, BONUS
    LIMITS = [10, 20, 30]
    BONUS = 5


def capped(level, amount):
    return min(amount, LIMITS[level]) + BONUS


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, initializer=load_tables) as pool:
        first = pool.submit(capped, 0, 25)
        second = pool.submit(capped, 2, 25)
        low = first.result()
        high = second.result()
    print(low, high, BONUS)
    assert (low, high) == (15, 30) and BONUS == 0
