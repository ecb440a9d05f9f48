# SPDX-License-Identifier: Apache-2.0
# Debian's libphonenumber-dev installs headers and a shared library but no CMake package or
# pkg-config file, so the imported target is assembled from what it does install.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
if(NOT TARGET PhoneNumber::PhoneNumber)
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION ${PHONENUMBER_LIBRARY}
        INTERFACE_INCLUDE_DIRECTORIES ${PHONENUMBER_INCLUDE_DIR})
endif()
