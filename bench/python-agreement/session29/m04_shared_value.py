import multiprocessing


def add(total, amount):
    for _ in range(3):
        with total.get_lock():
            total.value += amount


if __name__ == "__main__":
    total = multiprocessing.Value("i", 0)
    procs = [multiprocessing.Process(target=add, args=(total, a)) for a in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    final_total = total.value
    print("total:", final_total)
