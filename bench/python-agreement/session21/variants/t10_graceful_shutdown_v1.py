import threading
import time


class Poller(threading.Thread):
    def __init__(self, name, stop_event):
        super().__init__(name=name)
        self.stop_event = stop_event
        self.polls = 0
        self.cleaned_up = False

    def run(self):
        try:
            while not self.stop_event.is_set():
                self.polls += 1
                self.stop_event.wait(0.01)
        finally:
            self.cleaned_up = True


def main():
    stop = threading.Event()
    pollers = [Poller(f"poller-{i}", stop) for i in range(3)]
    for p in pollers:
        p.start()
    time.sleep(0.05)
    stop.set()
    for p in pollers:
        p.join()
    print("cleaned up:", [p.cleaned_up for p in pollers])
    print("every poller polled:", all(p.polls >= 1 for p in pollers))


if __name__ == "__main__":
    main()
