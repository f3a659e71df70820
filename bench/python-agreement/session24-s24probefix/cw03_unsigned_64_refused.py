"""An unsigned 64-bit Value wraps past weft's integers: refused."""
import multiprocessing


def drain(counter):
    counter.value -= 1


if __name__ == "__main__":
    counter = multiprocessing.Value("Q", 0)
    p = multiprocessing.Process(target=drain, args=(counter,))
    p.start()
    p.join()
    print(counter.value)
