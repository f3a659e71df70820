"""Integer builtins in a worker: pow with modulus, abs, min/max of several, sum with start, int from str with base, bit_length, chained %."""
import threading

out = []


def worker():
    out.append(abs(-17))
    out.append(min(4, -2, 9))
    out.append(max([3, 11, 7]))
    out.append(-13 % 5 % 3)
    out.append(2 ** 62 // 3)
    out.append(len(range(3, 20, 4)))


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
