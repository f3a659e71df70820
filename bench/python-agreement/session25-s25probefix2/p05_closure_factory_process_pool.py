# a function a closure factory made, given to a process pool: a local object, not picklable
from concurrent.futures import ProcessPoolExecutor


def make_scaler(factor):
    def scale(x):
        return x * factor

    return scale


if __name__ == "__main__":
    triple = make_scaler(3)
    with ProcessPoolExecutor(max_workers=2) as pool:
        value = pool.submit(triple, 5).result()
    print(value)
