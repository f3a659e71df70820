# Expected: ping and pong alternate via two Events; rallies == 6 always.
import threading

ping_turn = threading.Event()
pong_turn = threading.Event()
rallies = 0
ROUNDS = 3


def ping():
    global rallies
    for _ in range(ROUNDS):
        ping_turn.wait()
        ping_turn.clear()
        rallies += 1
        pong_turn.set()


def pong():
    global rallies
    for _ in range(ROUNDS):
        pong_turn.wait()
        pong_turn.clear()
        rallies += 1
        ping_turn.set()


def main():
    a = threading.Thread(target=ping)
    b = threading.Thread(target=pong)
    a.start()
    b.start()
    ping_turn.set()
    a.join()
    b.join()
    print("rallies:", rallies)


if __name__ == "__main__":
    main()
