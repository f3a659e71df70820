# Check: multiprocessing.Value incremented under its own lock by two processes: no lost update. Bug: none.
import multiprocessing as mp

final = 0


def bump(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1


if __name__ == "__main__":
    v = mp.Value("i", 0)
    ps = [mp.Process(target=bump, args=(v, 50)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    final = v.value
    print(f"final={final}")
