# Still refused: the loop's variable is read after the loop in main (Python leaves it bound to the last
# key), and the constructor prints, so the objects cannot be made before main runs.
import threading


class Gate:
    def __init__(self, name):
        print("made", name)
        self.name = name
        self.event = threading.Event()


gates = {}


def opener(name):
    gates[name].set_done = True
    gates[name].event.set()


def main():
    for name in ("a", "b"):
        gates[name] = Gate(name)
    print("last made", name)
    threads = [threading.Thread(target=opener, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(all(g.event.is_set() for g in gates.values()))


main()
