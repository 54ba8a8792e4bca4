package co.presencia.spatial;

/**
 * A regular grid of square cells from ({@code minX}, {@code minY}), {@code columns} × {@code rows}; cell (c, r) is
 * index {@code r * columns + c}. Positions outside the grid are clamped to its edge cells.
 */
record CellGrid(double minX, double minY, double cellSize, int columns, int rows) {

    int column(double x) {
        return clamp(columnOf(x), columns);
    }

    int row(double y) {
        return clamp(rowOf(y), rows);
    }

    /** The column {@code x} falls in, not clamped (negative or beyond the grid outside it). */
    int columnOf(double x) {
        return (int) Math.floor((x - minX) / cellSize);
    }

    /** The row {@code y} falls in, not clamped. */
    int rowOf(double y) {
        return (int) Math.floor((y - minY) / cellSize);
    }

    double columnMinX(int column) {
        return minX + column * cellSize;
    }

    double rowMinY(int row) {
        return minY + row * cellSize;
    }

    int index(int column, int row) {
        return row * columns + column;
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }
}
