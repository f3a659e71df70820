# bug: lost update -- processes increment a shared Value without taking its lock
import multiprocessing


def add_many(shared, times):
    for _ in range(times):
        shared.value += 1


total = 0

if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    procs = [multiprocessing.Process(target=add_many, args=(counter, 2000)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    total = counter.value
    print("total", total)  # expected 4000
