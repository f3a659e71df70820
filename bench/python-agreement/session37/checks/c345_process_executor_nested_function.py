from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    def square(n):
        return n * n

    log = []
    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            for v in pool.map(square, [1, 2]):
                log.append(v)
        except Exception as e:
            log.append(type(e).__name__)
    print(log)  # ordered
