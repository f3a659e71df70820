import multiprocessing as mp


def div(a, b):
    return a // b


if __name__ == "__main__":
    log = []
    with mp.Pool(2) as pool:
        jobs = [pool.apply_async(div, (6, b)) for b in (3, 0, 2)]
        for j in jobs:
            j.wait()
        ok = 0
        for j in jobs:
            if j.successful():
                ok += 1
        log.append(ok)
    print(log)  # ordered
