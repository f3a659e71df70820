# bug: Value.value += 1 is a read then a write in each process; without get_lock() increments are lost
import multiprocessing


def bump(v, times):
    for _ in range(times):
        v.value += 1


total = 0

if __name__ == "__main__":
    v = multiprocessing.Value("i", 0)
    workers = [multiprocessing.Process(target=bump, args=(v, 3)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    total = v.value
    print(f"total={total}")
    assert total == 6, "lost increments"
