# The main process reads the global the initializer sets in the workers (None in the main process):
# weft keeps the refusal of `initializer=` rather than give main the workers' value.
from concurrent.futures import ProcessPoolExecutor

PREFIX = None


def init(prefix):
    global PREFIX
    PREFIX = prefix


def label(n):
    return PREFIX + str(n)


def main_label(n):
    return label(n)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, initializer=init, initargs=("job-",)) as pool:
        labels = list(pool.map(label, range(3)))
    print(labels, PREFIX)
