# Expected: total == 6 and ids are unique (no bug: threading.local per thread, itertools.count for ids, lock for the total)
import itertools
import threading

local = threading.local()
id_counter = itertools.count(1)
total = 0
total_lock = threading.Lock()
issued = []


def handle_requests(n):
    global total
    local.handled = 0
    for _ in range(n):
        request_id = next(id_counter)
        issued.append(request_id)
        local.handled += 1
    with total_lock:
        total += local.handled


def main():
    threads = [threading.Thread(target=handle_requests, args=(n,)) for n in (1, 2, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"total={total} unique_ids={len(set(issued))}")


if __name__ == "__main__":
    main()
