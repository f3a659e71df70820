import threading

log = []


def main():
    state = {"n": 0}

    def bump():
        current = state["n"]
        state["n"] = current + 1

    threads = [threading.Thread(target=bump) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log.append(state["n"])


if __name__ == "__main__":
    main()
    print(log)  # ordered
