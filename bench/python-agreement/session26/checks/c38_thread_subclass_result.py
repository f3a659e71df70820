import threading


class SumWorker(threading.Thread):
    def __init__(self, numbers: list[int]) -> None:
        super().__init__()
        self.numbers = numbers
        self.result = 0
        self.error = ""

    def run(self) -> None:
        try:
            for n in self.numbers:
                if n < 0:
                    raise ValueError(f"negative: {n}")
                self.result += n
        except ValueError as exc:
            self.error = str(exc)


w1 = SumWorker([1, 2, 3])
w2 = SumWorker([4, -5, 6])
w1.start()
w2.start()
w1.join()
w2.join()
r1 = w1.result
r2 = w2.result
e2 = w2.error
print(r1, r2, e2)
