# Expected: cigarette smokers with an agent and Events per missing ingredient; smoked == 3 rounds.
import threading

tobacco_missing = threading.Event()
paper_missing = threading.Event()
agent_ready = threading.Semaphore(1)
smoked = 0
ROUNDS = 3


def agent():
    for i in range(ROUNDS):
        agent_ready.acquire()
        if i % 2 == 0:
            tobacco_missing.set()
        else:
            paper_missing.set()


def smoker(missing, rounds):
    global smoked
    for _ in range(rounds):
        missing.wait()
        missing.clear()
        smoked += 1
        agent_ready.release()


def main():
    a = threading.Thread(target=agent)
    s1 = threading.Thread(target=smoker, args=(tobacco_missing, 2))
    s2 = threading.Thread(target=smoker, args=(paper_missing, 1))
    for t in (a, s1, s2):
        t.start()
    for t in (a, s1, s2):
        t.join()
    print(f"smoked {smoked}")


if __name__ == "__main__":
    main()
