from multiprocessing import Process, Value


def add(total, amount: int) -> None:
    with total.get_lock():
        total.value += amount


big = 0

if __name__ == "__main__":
    total = Value("i", 2_000_000_000)
    p = Process(target=add, args=(total, 200_000_000))
    p.start()
    p.join()
    big = total.value
    print(big)
