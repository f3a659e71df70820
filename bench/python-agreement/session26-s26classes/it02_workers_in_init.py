# __init__ sets its attributes, then starts its workers (a parameter read again by the rest)
import threading


class Crew:
    def __init__(self, rounds):
        self.lock = threading.Lock()
        self.done = 0
        self.first = threading.Thread(target=self.work, args=(rounds,))
        self.second = threading.Thread(target=self.work, args=(rounds + 1,))
        self.first.start()
        self.second.start()
        print("crew of two, rounds", rounds)

    def work(self, rounds):
        for _ in range(rounds):
            with self.lock:
                self.done += 1

    def wait(self):
        self.first.join()
        self.second.join()


def main():
    crew = Crew(2)
    crew.wait()
    print("done", crew.done)
    return crew.done


total = main()
assert total == 5
