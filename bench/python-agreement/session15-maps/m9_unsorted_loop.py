import threading

counts = {}
total = 0


def writer():
    counts["x"] = 1


def main():
    global total
    t = threading.Thread(target=writer)
    t.start()
    t.join()
    for key, value in counts.items():
        total += value


if __name__ == "__main__":
    main()
