import multiprocessing as mp


def deposit(balance, times):
    for _ in range(times):
        with balance.get_lock():
            balance.value += 5


if __name__ == "__main__":
    balance = mp.Value("i", 100)
    procs = [mp.Process(target=deposit, args=(balance, 2)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(balance.value)
