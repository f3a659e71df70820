import threading

summary = {}


def main():
    counts = {"ok": 0, "fail": 0}
    lock = threading.Lock()

    def check(n):
        with lock:
            if n % 2:
                counts["fail"] += 1
            else:
                counts["ok"] += 1

    threads = [threading.Thread(target=check, args=(n,)) for n in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    summary["ok"] = counts["ok"]
    summary["fail"] = counts["fail"]


if __name__ == "__main__":
    main()
