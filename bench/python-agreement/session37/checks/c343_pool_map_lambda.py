import multiprocessing as mp

if __name__ == "__main__":
    log = []
    with mp.Pool(2) as pool:
        try:
            for v in pool.map(lambda x: x * 2, [1, 2, 3]):
                log.append(v)
        except Exception as e:
            log.append(type(e).__name__)
    print(log)  # ordered
