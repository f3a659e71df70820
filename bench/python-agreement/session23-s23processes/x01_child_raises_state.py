from multiprocessing import Process


def child(n):
    if n == 1:
        raise ValueError("bad input")
    print("child", n, "ok")


if __name__ == "__main__":
    procs = [Process(target=child, args=(n,)) for n in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    codes = [p.exitcode for p in procs]
    print(codes)
