"""Course certificates: facts signed by the device's own key, embedded in a PDF, checked offline."""
