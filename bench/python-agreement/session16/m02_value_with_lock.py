# no bug: two processes increment a shared Value while holding its lock
import multiprocessing as mp


def add_many(shared, n):
    for _ in range(n):
        with shared.get_lock():
            shared.value += 1


final_count = 0

if __name__ == "__main__":
    counter = mp.Value("i", 0)
    procs = [mp.Process(target=add_many, args=(counter, 50)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    final_count = counter.value
    print("final count:", final_count)
    assert final_count == 100
