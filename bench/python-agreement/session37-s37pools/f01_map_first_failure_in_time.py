# BUG: a Pool's map raises the exception of the job that failed first in time, not the first in the
# list: item 1 fails late (KeyError), item 2 fails early (ValueError); the program expects KeyError.
import time
from multiprocessing import Pool


def check(x):
    if x == 1:
        time.sleep(0.3)
        raise KeyError(x)
    if x == 2:
        time.sleep(0.05)
        raise ValueError(x)
    return x * 10


if __name__ == "__main__":
    caught = "none"
    with Pool(2) as pool:
        try:
            total = sum(pool.map(check, [1, 2, 3, 4]))
        except KeyError:
            caught = "key"
        except ValueError:
            caught = "value"
    print(caught)
    assert caught == "key"
