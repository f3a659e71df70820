# BUG: v.value += 1 in two processes without the lock: increments can be lost
import multiprocessing


def bump(v):
    for _ in range(200):
        v.value += 1


if __name__ == "__main__":
    v = multiprocessing.Value("i", 0)
    ps = [multiprocessing.Process(target=bump, args=(v,)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    final = v.value
    print(final)
