from multiprocessing import Process, Value
import time

config = {"mode": 1}
seen = -1


def child(out):
    out.value = config["mode"]


if __name__ == "__main__":
    out = Value("i", 0)
    p = Process(target=child, args=(out,))
    p.start()
    config["mode"] = 2  # after start: the forked child has its own copy, taken at fork
    p.join()
    seen = out.value
    print(seen)
