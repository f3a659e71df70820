from concurrent.futures import ProcessPoolExecutor


def job(record):
    record["seen"] = True
    return len(record)


if __name__ == "__main__":
    records = [{"id": 1}, {"id": 2}]
    with ProcessPoolExecutor(max_workers=1) as pool:
        sizes = list(pool.map(job, records))
    log = [sizes[0], sizes[1], len(records[0])]
    print(log)  # ordered
