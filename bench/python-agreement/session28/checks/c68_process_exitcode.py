from multiprocessing import Process

codes: list[int] = []


def fine() -> None:
    pass


def broken() -> None:
    raise ValueError("child failed")


if __name__ == "__main__":
    good = Process(target=fine)
    bad = Process(target=broken)
    good.start()
    bad.start()
    good.join()
    bad.join()
    codes.append(good.exitcode)
    codes.append(bad.exitcode)
    print(codes)
    assert codes == [0, 1]
