# A list class attribute appended through instances is one list every instance shares: not moved.
class Log:
    lines = []

    def add(self, line):
        self.lines = self.lines + [line]


a = Log()
b = Log()
a.add("x")
print(len(a.lines), len(b.lines))
