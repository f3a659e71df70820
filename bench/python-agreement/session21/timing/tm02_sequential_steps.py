import time


def step(name, seconds):
    time.sleep(seconds)
    return name


def main():
    log = []
    for name, seconds in [("connect", 0.02), ("query", 0.03), ("render", 0.04)]:
        log.append(step(name, seconds))
    print(" -> ".join(log))


main()
