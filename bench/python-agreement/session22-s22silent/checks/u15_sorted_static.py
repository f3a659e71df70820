order = sorted({30, 10, 20})
