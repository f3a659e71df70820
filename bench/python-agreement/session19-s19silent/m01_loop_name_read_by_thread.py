import threading

seen = []

for name in ["a", "b"]:
    pass


def reader():
    seen.append(name)


if __name__ == "__main__":
    t = threading.Thread(target=reader)
    t.start()
    t.join()
