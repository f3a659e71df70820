import multiprocessing as mp


def div(a, b):
    return a // b


if __name__ == "__main__":
    log = []
    with mp.Pool(2) as pool:
        jobs = [pool.apply_async(div, (6, b)) for b in (3, 0)]
        for j in jobs:
            j.wait()
        log.extend(j.successful() for j in jobs)
        log.append(jobs[0].get())
    print(log)  # ordered
