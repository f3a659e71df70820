from concurrent.futures import ProcessPoolExecutor


def job(text):
    try:
        return int(text)
    finally:
        print("end", text)


if __name__ == "__main__":
    log = []
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(job, "x")
        try:
            log.append(future.result())
        except ValueError:
            log.append("ValueError")
    print(log)  # ordered
